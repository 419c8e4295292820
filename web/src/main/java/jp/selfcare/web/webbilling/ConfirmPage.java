package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.identity.LinkState;
import jp.selfcare.webbilling.AddressChanges;
import jp.selfcare.webbilling.AddressChanges.LinkView;
import jp.selfcare.webbilling.MemberProblem;
import jp.selfcare.webbilling.MemberRefused;
import jp.selfcare.webbilling.SecretQuestion;

/**
 * 連絡先メールアドレス登録/変更 確定 (/billing/confirm.xhtml?token=…), opened from the mailed link without a login:
 * the secret question and answer again → 登録 → 完了. An expired, used or unknown link says so.
 */
@Named
@ViewScoped
public class ConfirmPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AddressChanges changes;

  private String token;
  private LinkView link;
  private boolean done;
  private SecretQuestion question;
  private String answer;

  /** Called on page load with the token from the link. */
  public void open() {
    link = changes.link(token);
  }

  public void submit() {
    try {
      changes.confirm(token, question, answer);
      done = true;
    } catch (MemberRefused e) {
      if (e.problems().contains(MemberProblem.LINK_INVALID)) {
        link = changes.link(token);
        if (link.state() == LinkState.VALID) {
          // valid but refused: the member is locked by wrong answers
          jp.selfcare.web.i18n.Messages.error("billingConfirm.locked");
        }
        return;
      }
      Refusals.show(e);
    }
  }

  public boolean isUsable() {
    return link != null && link.state() == LinkState.VALID && !done;
  }

  public boolean isDone() {
    return done;
  }

  public String getStateName() {
    return link == null ? "UNKNOWN" : link.state().name();
  }

  /** What the link confirms (MAIL_CHANGE or BILL_MAIL). */
  public String getPurposeName() {
    return link == null || link.purpose() == null ? "MAIL_CHANGE" : link.purpose().name();
  }

  public SecretQuestion[] getQuestions() {
    return SecretQuestion.values();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public SecretQuestion getQuestion() {
    return question;
  }

  public void setQuestion(SecretQuestion question) {
    this.question = question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
