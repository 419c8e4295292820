package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.MemberProblem;
import jp.selfcare.webbilling.MemberRefused;
import jp.selfcare.webbilling.TargetLines;

/**
 * ⑦ Webビリング対象回線変更 (/billing/lines.xhtml): add lines (ご契約会社 + お客様電話番号 → 追加 → a pending list with 削除)
 * and remove registered ones (checkboxes); 登録 / 更新 → confirm → 登録する → completed.
 */
@Named
@ViewScoped
public class LinesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TargetLines lines;

  private List<TargetLines.Line> registered;
  private final List<String> pending = new ArrayList<>();
  private List<String> removing = new ArrayList<>();
  private String company;
  private String number;
  private MemberStep step = MemberStep.INPUT;

  public List<TargetLines.Line> getRegistered() {
    if (registered == null) {
      registered = lines.lines();
    }
    return registered;
  }

  /** 追加: the number joins the pending list when it may be the member's line. */
  public void add() {
    String typed = number == null ? "" : number.strip().replace("-", "");
    Optional<MemberProblem> problem = lines.check(typed, pending);
    if (problem.isPresent()) {
      Messages.error("billing.line." + problem.get().name(), typed);
      return;
    }
    pending.add(typed);
    number = null;
  }

  /** 削除 of a pending line. */
  public void drop(String pendingNumber) {
    pending.remove(pendingNumber);
  }

  /** 登録 / 更新: to the confirmation. */
  public void confirm() {
    if (pending.isEmpty() && removing.isEmpty()) {
      Messages.error("billing.problem.NOTHING_CHOSEN");
      return;
    }
    step = MemberStep.CONFIRM;
  }

  public void back() {
    step = MemberStep.INPUT;
  }

  /** 登録する. */
  public void apply() {
    try {
      lines.change(pending, removing);
      pending.clear();
      removing = new ArrayList<>();
      registered = null;
      step = MemberStep.DONE;
    } catch (MemberRefused e) {
      Refusals.show(e);
      step = MemberStep.INPUT;
    }
  }

  public List<String> getPending() {
    return pending;
  }

  /** The lines to add, as the confirmation lists them. */
  public String getPendingText() {
    return String.join(", ", pending);
  }

  /** The lines to remove, as the confirmation lists them. */
  public String getRemovingText() {
    return String.join(", ", removing);
  }

  public List<String> getRemoving() {
    return removing;
  }

  public void setRemoving(List<String> removing) {
    this.removing = removing == null ? new ArrayList<>() : new ArrayList<>(removing);
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public MemberStep getStep() {
    return step;
  }

  public int getMax() {
    return TargetLines.MAX;
  }
}
