package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.identity.LinkState;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.MemberProblem;
import jp.selfcare.webbilling.MemberRefused;
import jp.selfcare.webbilling.MemberRegistration;
import jp.selfcare.webbilling.SecretQuestion;

/**
 * Webビリング 利用登録 from the mailed link (/billing/register.xhtml?token=…): the member's password twice,
 * a secret question and its answer. Every rule broken is named; an expired, used or unknown link
 * says so.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MemberRegistration registration;

  private String token;
  private LinkState state;
  private String loginId;
  private boolean done;
  private String password;
  private String confirmation;
  private SecretQuestion question;
  private String answer;

  /** Called on page load with the token from the link. */
  public void open() {
    state = registration.linkState(token);
    loginId = registration.loginIdOf(token).orElse(null);
  }

  public void submit() {
    try {
      registration.register(token, password, confirmation, question, answer);
      done = true;
    } catch (MemberRefused e) {
      if (e.problems().contains(MemberProblem.LINK_INVALID)) {
        state = registration.linkState(token);
        return;
      }
      e.problems().forEach(p -> Messages.error("billing.problem." + p.name()));
      e.violations().forEach(v -> Messages.error("billing.violation." + v.name()));
    }
  }

  public boolean isUsable() {
    return state == LinkState.VALID && !done;
  }

  public boolean isDone() {
    return done;
  }

  public String getStateName() {
    return state == null ? "UNKNOWN" : state.name();
  }

  public SecretQuestion[] getQuestions() {
    return SecretQuestion.values();
  }

  public String getLoginId() {
    return loginId;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
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
