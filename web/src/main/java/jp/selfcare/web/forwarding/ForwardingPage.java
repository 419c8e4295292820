package jp.selfcare.web.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.forwarding.Forwarding;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSearch;
import jp.selfcare.forwarding.ForwardingSearch.Row;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.settings.EditStep;
import jp.selfcare.web.settings.HeldMessage;
import jp.selfcare.web.settings.NumberSearchFields;
import jp.selfcare.web.settings.SettingsSession;
import org.primefaces.model.LazyDataModel;

/**
 * 転送を設定する: search → select (opens the edit screen and holds the number) → edit → 確認 → 設定 →
 * 転送設定が完了しました. The page checks the rules before the confirmation with the same pure function the
 * service applies again on 設定. A number user starts at its own number.
 */
@Named
@ViewScoped
public class ForwardingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private final NumberSearchFields search = new NumberSearchFields();

  @EJB private ForwardingSearch numbers;

  @EJB private Forwarding forwarding;

  @Inject private SettingsSession session;

  private EditStep step = EditStep.SEARCH;
  private LazyDataModel<Row> rows;

  private Forwarding.View view;
  private ForwardingFields fields = new ForwardingFields();
  private boolean afterBulkStop;

  /**
   * A number user lands on its own number. Opening the page is a GET, so it holds nothing: the edit
   * screen's hold is taken at the first 確認.
   */
  @PostConstruct
  void start() {
    if (session.getRole() == SettingsRole.NUMBER_USER) {
      List<Row> own = numbers.page(new ForwardingSearch.Query(null, null, null), 0, 1);
      if (!own.isEmpty()) {
        view = forwarding.look(own.get(0).ipNumberId());
        fields = new ForwardingFields(view.setting());
        step = EditStep.EDIT;
      }
    }
  }

  public void find() {
    rows = null;
  }

  public LazyDataModel<Row> getRows() {
    if (rows == null) {
      ForwardingSearch.Query query =
          new ForwardingSearch.Query(
              search.getSiteId(), search.getContractNumber(), search.getNumberPart());
      rows =
          new PagedRows<>(
              () -> numbers.count(query),
              (first, pageSize) -> numbers.page(query, first, pageSize),
              row -> row.ipNumberId());
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
      HeldMessage.show("forwarding.held", e);
      return;
    }
    fields = new ForwardingFields(view.setting());
    step = EditStep.EDIT;
  }

  /** 確認: the rules first; the confirmation only when all hold. */
  public void confirm() {
    if (view.holdId() == 0) {
      try {
        view = view.withHold(forwarding.hold(view.ipNumberId()));
      } catch (HoldConflictException e) {
        HeldMessage.show("forwarding.held", e);
        return;
      }
    }
    Validation v = ForwardingSetting.validate(form(), view.context());
    if (show(v)) {
      step = EditStep.CONFIRM;
    }
  }

  /** 設定. */
  public void apply() {
    try {
      Forwarding.Outcome outcome = forwarding.change(view.ipNumberId(), form());
      if (show(outcome.validation())) {
        afterBulkStop = outcome.afterBulkStop();
        step = EditStep.DONE;
        rows = null;
      } else {
        step = EditStep.EDIT;
      }
    } catch (HoldConflictException e) {
      HeldMessage.show("forwarding.held", e);
      step = EditStep.EDIT;
    }
  }

  public void back() {
    step = EditStep.EDIT;
  }

  /** キャンセル / 検索に戻る: gives the edit hold back. */
  public void toSearch() {
    if (view != null && step != EditStep.DONE) {
      forwarding.close(view.holdId());
    }
    view = null;
    step = EditStep.SEARCH;
  }

  private static boolean show(Validation v) {
    return ForwardingFields.show(v, null);
  }

  private ForwardingForm form() {
    return fields.form();
  }

  public List<ForwardingTarget> getTargets() {
    return ForwardingFields.targets(view.context().messageBoxContract());
  }

  public boolean isNumberUser() {
    return session.getRole() == SettingsRole.NUMBER_USER;
  }

  public EditStep getStep() {
    return step;
  }

  public Forwarding.View getView() {
    return view;
  }

  /** Whether the accepted change waits for the number's bulk forwarding to stop. */
  public boolean isAfterBulkStop() {
    return afterBulkStop;
  }

  public ForwardingFields getFields() {
    return fields;
  }

  public NumberSearchFields getSearch() {
    return search;
  }
}
