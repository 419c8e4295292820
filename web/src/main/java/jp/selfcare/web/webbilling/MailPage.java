package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.AddressChanges;
import jp.selfcare.webbilling.MemberRefused;
import jp.selfcare.webbilling.SecretQuestion;

/**
 * ⑥ 連絡先メールアドレス変更 (/billing/mail.xhtml): 変更する → the new address twice, the secret question and
 * answer → 登録 → confirm → 登録する → 受付完了 (the mail with the link goes to the new address); or 変更しない →
 * only a new secret question and answer → 登録する → completed.
 */
@Named
@ViewScoped
public class MailPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AddressChanges changes;

  /** null until 変更する / 変更しない is chosen. */
  private Boolean changeMail;

  private MemberStep step = MemberStep.INPUT;
  private String mail;
  private String mailAgain;
  private SecretQuestion question;
  private String answer;

  public void choose(boolean mailToo) {
    changeMail = mailToo;
    step = MemberStep.INPUT;
  }

  /** 登録: to the confirmation (the service checks every rule again). */
  public void confirm() {
    if (question == null) {
      Messages.error("billing.problem.QUESTION_MISSING");
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
      if (Boolean.TRUE.equals(changeMail)) {
        changes.requestMailChange(mail, mailAgain, question, answer);
      } else {
        changes.changeSecret(question, answer);
      }
      step = MemberStep.DONE;
    } catch (MemberRefused e) {
      Refusals.show(e);
      step = MemberStep.INPUT;
    }
  }

  public SecretQuestion[] getQuestions() {
    return SecretQuestion.values();
  }

  public boolean isChosen() {
    return changeMail != null;
  }

  public boolean isChangeMail() {
    return Boolean.TRUE.equals(changeMail);
  }

  public MemberStep getStep() {
    return step;
  }

  public String getMail() {
    return mail;
  }

  public void setMail(String mail) {
    this.mail = mail;
  }

  public String getMailAgain() {
    return mailAgain;
  }

  public void setMailAgain(String mailAgain) {
    this.mailAgain = mailAgain;
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
