package jp.selfcare.web.bulk;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.bulk.Activation;
import jp.selfcare.bulk.BulkActivations;
import jp.selfcare.bulk.BulkForwardingGroups;
import jp.selfcare.bulk.BulkGroupSearch;
import jp.selfcare.bulk.BulkGroupSearch.Row;
import jp.selfcare.bulk.GroupState;
import jp.selfcare.bulk.GroupStateException;
import jp.selfcare.bulk.UnknownGroupException;
import jp.selfcare.bulk.UnknownSiteException;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.HeldMessage;
import org.primefaces.model.DualListModel;

/**
 * 一括転送 (spec 40-bulk-and-batch.md §1): グループ管理 (search by site, name and state) → 詳細 (the numbers,
 * 開始 / 停止 with a confirmation, the activations with a live progress bar and their result files,
 * 削除); グループ登録 → 番号登録 (candidates by 音声N番 / IP電話番号 on the left, the group on the right, all movable
 * at once) → 設定.
 */
@Named
@ViewScoped
public class BulkForwardingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The steps of the page. */
  public enum Step {
    LIST,
    NEW,
    DETAIL,
    CHANGE
  }

  @EJB private BulkForwardingGroups groups;

  @EJB private BulkGroupSearch groupSearch;

  @EJB private BulkActivations activations;

  private Step step = Step.LIST;
  private String siteId;
  private String name;
  private GroupState state;
  private List<Row> rows;
  private String contractNumber;
  private String numberPart;
  private DualListModel<String> members = new DualListModel<>();
  private BulkGroupSearch.Detail detail;
  private List<BulkActivations.Line> lines;

  public void search() {
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = groupSearch.search(siteId, name, state);
    }
    return rows;
  }

  /** グループ登録. */
  public void startNew() {
    groupSearch.ownSiteCode().ifPresent(own -> siteId = own);
    name = null;
    members = new DualListModel<>(new ArrayList<>(), new ArrayList<>());
    step = Step.NEW;
  }

  /** 候補検索: the numbers that may join, without those already chosen. */
  public void findCandidates() {
    if (siteMissing()) {
      return;
    }
    try {
      List<String> found =
          new ArrayList<>(groupSearch.candidates(siteId, contractNumber, numberPart));
      found.removeAll(detail == null ? List.of() : detail.numbers());
      found.removeAll(members.getTarget());
      members.setSource(found);
      if (found.isEmpty()) {
        Messages.info("bulk.noCandidates");
      }
    } catch (UnknownSiteException e) {
      Messages.error("bulk.unknownSite");
    }
  }

  /** 設定. */
  public void register() {
    if (siteMissing()) {
      return;
    }
    try {
      BulkForwardingGroups.Outcome outcome =
          groups.register(groupSearch.siteInScope(siteId), name, members.getTarget());
      if (outcome.accepted()) {
        Messages.info("bulk.registered", name.strip());
        open(outcome.groupId());
        rows = null;
        return;
      }
      outcome
          .problems()
          .forEach(
              p -> Messages.error("bulk.problem." + p.name(), String.join(" ", outcome.numbers())));
    } catch (UnknownSiteException e) {
      Messages.error("bulk.unknownSite");
    } catch (HoldConflictException e) {
      HeldMessage.show("bulk.held", e);
    }
  }

  /** サイトID is required: an empty one is said to be missing, not to be an unknown site. */
  private boolean siteMissing() {
    if (siteId == null || siteId.isBlank()) {
      Messages.error("bulk.siteRequired");
      return true;
    }
    return false;
  }

  /** The group's numbers as the page lists them. */
  public String getDetailNumbers() {
    return detail == null ? "" : String.join("  ", detail.numbers());
  }

  /** 詳細. */
  public void open(long groupId) {
    try {
      detail = groupSearch.detail(groupId);
      lines = activations.recent(groupId, 10);
      step = Step.DETAIL;
    } catch (UnknownGroupException e) {
      Messages.error("bulk.unknownGroup");
      toList();
    }
  }

  /** 変更: the members on the right, candidates found by the search on the left. */
  public void startChange() {
    siteId = detail.siteId();
    members = new DualListModel<>(new ArrayList<>(), new ArrayList<>(detail.numbers()));
    step = Step.CHANGE;
  }

  /** 設定 of a change. */
  public void change() {
    try {
      BulkForwardingGroups.Outcome outcome =
          groups.change(detail.groupId(), detail.version(), members.getTarget());
      if (outcome.accepted()) {
        Messages.info("bulk.changed");
        open(detail.groupId());
        return;
      }
      outcome
          .problems()
          .forEach(
              p -> Messages.error("bulk.problem." + p.name(), String.join(" ", outcome.numbers())));
    } catch (GroupStateException e) {
      Messages.error("bulk.refused." + e.reason().name());
    } catch (HoldConflictException e) {
      HeldMessage.show("bulk.held", e);
    }
  }

  /** 開始. */
  public void start() {
    activate(Activation.START);
  }

  /** 停止. */
  public void stop() {
    activate(Activation.STOP);
  }

  private void activate(Activation activation) {
    try {
      activations.request(
          detail.groupId(),
          activation,
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Messages.info("bulk.accepted");
    } catch (GroupStateException e) {
      Messages.error("bulk.refused." + e.reason().name());
    } catch (HoldConflictException e) {
      HeldMessage.show("bulk.held", e);
    }
    open(detail.groupId());
  }

  /** The live part of the detail page (polled while an activation runs). */
  public void refresh() {
    if (detail != null) {
      open(detail.groupId());
    }
  }

  /** Whether an activation of the shown group is still running (the page polls). */
  public boolean isRunning() {
    return detail != null && detail.state().transitional();
  }

  /** 削除 (after the confirmation). */
  public void delete() {
    try {
      groups.delete(detail.groupId());
      Messages.info("bulk.deleted");
      toList();
    } catch (GroupStateException e) {
      Messages.error("bulk.refused." + e.reason().name());
    } catch (HoldConflictException e) {
      HeldMessage.show("bulk.held", e);
    }
  }

  public void toList() {
    detail = null;
    lines = null;
    rows = null;
    step = Step.LIST;
  }

  public GroupState[] getStates() {
    return GroupState.values();
  }

  public Step getStep() {
    return step;
  }

  public BulkGroupSearch.Detail getDetail() {
    return detail;
  }

  public List<BulkActivations.Line> getLines() {
    return lines;
  }

  public DualListModel<String> getMembers() {
    return members;
  }

  public void setMembers(DualListModel<String> members) {
    this.members = members;
  }

  public String getSiteId() {
    return siteId;
  }

  public void setSiteId(String siteId) {
    this.siteId = siteId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public GroupState getState() {
    return state;
  }

  public void setState(GroupState state) {
    this.state = state;
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
}
