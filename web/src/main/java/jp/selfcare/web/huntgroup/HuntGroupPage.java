package jp.selfcare.web.huntgroup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.HuntGroups;
import jp.selfcare.huntgroup.HuntGroups.Row;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.NumberEditPage;
import jp.selfcare.web.settings.NumberSearchFields;
import org.primefaces.model.DualListModel;
import org.primefaces.model.LazyDataModel;

/**
 * 代表: search the groups → select → 呼出方式, 番号通知 and the members (a pick list: candidates found by the
 * search key on the left, the ordered members on the right with → ← ↑ ↓) → 確認 → 設定.
 */
@Named
@ViewScoped
public class HuntGroupPage extends NumberEditPage<HuntGroups.View, Row> {

  private static final long serialVersionUID = 1L;

  /** サイトID and part of the parent number (no 契約番号 on this screen). */
  private final NumberSearchFields search = new NumberSearchFields();

  @EJB private HuntGroups groups;

  private CallMethod callMethod;
  private NumberPresentation presentation;
  private String candidateKey;
  private DualListModel<String> members = new DualListModel<>();

  @Override
  protected LazyDataModel<Row> rows() {
    NumberConditions conditions = search.conditions();
    return PagedRows.of(conditions, groups::count, groups::page, row -> row.groupId());
  }

  @Override
  protected HuntGroups.View open(long groupId) {
    return groups.open(groupId);
  }

  @Override
  protected void edit(HuntGroups.View view) {
    callMethod = view.callMethod();
    presentation = view.presentation();
    candidateKey = null;
    members = new DualListModel<>(new ArrayList<>(), new ArrayList<>(view.members()));
  }

  /** 候補検索: the candidates for the key, without the numbers already on the right. */
  public void findCandidates() {
    groups
        .candidates(getView().groupId(), candidateKey)
        .ifPresentOrElse(
            found -> {
              List<String> source = new ArrayList<>(found);
              source.removeAll(members.getTarget());
              members.setSource(source);
              if (source.isEmpty()) {
                Messages.info("hunt.noCandidates");
              }
            },
            () -> Messages.error("hunt.badKey"));
  }

  /** 確認: the rule the page can see at once; 設定 checks everything again. */
  @Override
  protected boolean check(HuntGroups.View view) {
    if (members.getTarget().isEmpty()) {
      Messages.error("hunt.problem.NO_MEMBERS");
      return false;
    }
    return true;
  }

  @Override
  protected boolean store(HuntGroups.View view) {
    HuntGroups.Outcome outcome =
        groups.change(
            view.groupId(), view.version(), callMethod, presentation, members.getTarget());
    outcome
        .problems()
        .forEach(
            p -> Messages.error("hunt.problem." + p.name(), String.join(" ", outcome.numbers())));
    return outcome.accepted();
  }

  public CallMethod[] getCallMethods() {
    return CallMethod.values();
  }

  public NumberPresentation[] getPresentations() {
    return NumberPresentation.values();
  }

  public CallMethod getCallMethod() {
    return callMethod;
  }

  public void setCallMethod(CallMethod callMethod) {
    this.callMethod = callMethod;
  }

  public NumberPresentation getPresentation() {
    return presentation;
  }

  public void setPresentation(NumberPresentation presentation) {
    this.presentation = presentation;
  }

  public String getCandidateKey() {
    return candidateKey;
  }

  public void setCandidateKey(String candidateKey) {
    this.candidateKey = candidateKey;
  }

  public DualListModel<String> getMembers() {
    return members;
  }

  public void setMembers(DualListModel<String> members) {
    this.members = members;
  }

  public NumberSearchFields getSearch() {
    return search;
  }
}
