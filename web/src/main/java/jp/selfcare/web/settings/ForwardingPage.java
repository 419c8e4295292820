package jp.selfcare.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.selfcare.forwarding.Forwarding;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSearch;
import jp.selfcare.forwarding.ForwardingSearch.Row;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.identity.settings.SettingsRole;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 転送を設定する: search → select (opens the edit screen and holds the number) → edit → 確認 → 設定 →
 * 転送設定が完了しました. The page checks the rules before the confirmation with the same pure function the
 * service applies again on 設定. A number user starts at its own number.
 */
@Named
@ViewScoped
public class ForwardingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the user is in the flow. */
  public enum Step {
    SEARCH,
    EDIT,
    CONFIRM,
    DONE
  }

  @EJB private ForwardingSearch search;

  @EJB private Forwarding forwarding;

  @Inject private SettingsSession session;

  private Step step = Step.SEARCH;
  private String siteId;
  private String contractNumber;
  private String numberPart;
  private LazyDataModel<Row> rows;

  private Forwarding.View view;
  private boolean forward;
  private boolean unconditional;
  private boolean busy;
  private boolean noAnswer;
  private boolean unreachable;
  private String ringSeconds;
  private List<String> lists = new ArrayList<>(Arrays.asList("", "", "", "", ""));
  private ForwardingTarget target;

  @PostConstruct
  void start() {
    if (session.getRole() == SettingsRole.NUMBER_USER) {
      List<Row> own = search.page(new ForwardingSearch.Query(null, null, null), 0, 1);
      if (!own.isEmpty()) {
        select(own.get(0).ipNumberId());
      }
    }
  }

  public void find() {
    rows = null;
  }

  public LazyDataModel<Row> getRows() {
    if (rows == null) {
      ForwardingSearch.Query query = new ForwardingSearch.Query(siteId, contractNumber, numberPart);
      rows =
          new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
              return Math.toIntExact(search.count(query));
            }

            @Override
            public List<Row> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
              return search.page(query, first, pageSize);
            }

            @Override
            public String getRowKey(Row row) {
              return Long.toString(row.ipNumberId());
            }
          };
    }
    return rows;
  }

  /**
   * 選択: opens the edit screen for the number (refused while another account's operation holds it).
   */
  public void select(long ipNumberId) {
    try {
      view = forwarding.open(ipNumberId);
    } catch (HoldConflictException e) {
      Messages.error(
          "forwarding.held", Messages.text("holds.kind." + e.blocking().name()), e.account());
      return;
    }
    ForwardingSetting s = view.setting();
    forward = s.forward();
    unconditional = s.unconditional();
    busy = s.busy();
    noAnswer = s.noAnswer();
    unreachable = s.unreachable();
    ringSeconds = s.ringSeconds() == null ? "" : s.ringSeconds().toString();
    lists = new ArrayList<>(s.lists());
    target = s.target();
    step = Step.EDIT;
  }

  /** 確認: the rules first; the confirmation only when all hold. */
  public void confirm() {
    Validation v = ForwardingSetting.validate(form(), view.context());
    if (show(v)) {
      step = Step.CONFIRM;
    }
  }

  /** 設定. */
  public void apply() {
    try {
      Forwarding.Outcome outcome = forwarding.change(view.ipNumberId(), form());
      if (show(outcome.validation())) {
        step = Step.DONE;
        rows = null;
      } else {
        step = Step.EDIT;
      }
    } catch (HoldConflictException e) {
      Messages.error(
          "forwarding.held", Messages.text("holds.kind." + e.blocking().name()), e.account());
      step = Step.EDIT;
    }
  }

  public void back() {
    step = Step.EDIT;
  }

  /** キャンセル / 検索に戻る: gives the edit hold back. */
  public void toSearch() {
    if (view != null && step != Step.DONE) {
      forwarding.close(view.holdId());
    }
    view = null;
    step = Step.SEARCH;
  }

  private boolean show(Validation v) {
    v.problems().stream().sorted().forEach(p -> Messages.error("forwarding.problem." + p.name()));
    v.listProblems()
        .forEach(
            (i, p) ->
                Messages.error(
                    "forwarding.listProblem",
                    i + 1,
                    Messages.text("forwarding.destination." + p.name())));
    return v.valid();
  }

  private ForwardingForm form() {
    return new ForwardingForm(
        forward, unconditional, busy, noAnswer, unreachable, ringSeconds, lists, target);
  }

  public List<ForwardingTarget> getTargets() {
    return Arrays.stream(ForwardingTarget.values())
        .filter(t -> t != ForwardingTarget.VOICEMAIL || view.context().messageBoxContract())
        .toList();
  }

  public boolean isNumberUser() {
    return session.getRole() == SettingsRole.NUMBER_USER;
  }

  public Step getStep() {
    return step;
  }

  public Forwarding.View getView() {
    return view;
  }

  public String getSiteId() {
    return siteId;
  }

  public void setSiteId(String siteId) {
    this.siteId = siteId;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public void setContractNumber(String contractNumber) {
    this.contractNumber = contractNumber;
  }

  public String getNumberPart() {
    return numberPart;
  }

  public void setNumberPart(String numberPart) {
    this.numberPart = numberPart;
  }

  public boolean isForward() {
    return forward;
  }

  public void setForward(boolean forward) {
    this.forward = forward;
  }

  public boolean isUnconditional() {
    return unconditional;
  }

  public void setUnconditional(boolean unconditional) {
    this.unconditional = unconditional;
  }

  public boolean isBusy() {
    return busy;
  }

  public void setBusy(boolean busy) {
    this.busy = busy;
  }

  public boolean isNoAnswer() {
    return noAnswer;
  }

  public void setNoAnswer(boolean noAnswer) {
    this.noAnswer = noAnswer;
  }

  public boolean isUnreachable() {
    return unreachable;
  }

  public void setUnreachable(boolean unreachable) {
    this.unreachable = unreachable;
  }

  public String getRingSeconds() {
    return ringSeconds;
  }

  public void setRingSeconds(String ringSeconds) {
    this.ringSeconds = ringSeconds;
  }

  public List<String> getLists() {
    return lists;
  }

  public ForwardingTarget getTarget() {
    return target;
  }

  public void setTarget(ForwardingTarget target) {
    this.target = target;
  }
}
