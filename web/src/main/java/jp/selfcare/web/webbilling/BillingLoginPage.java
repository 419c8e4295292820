package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.web.LoginFields;
import jp.selfcare.web.SessionIds;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.MemberLogin;
import jp.selfcare.webbilling.MemberLogin.Result;

/**
 * Web Billing's ログイン: login ID and password, then — when the member turned it on — the secret
 * question. A new session id at each step.
 */
@Named
@ViewScoped
public class BillingLoginPage extends LoginFields {

  private static final long serialVersionUID = 1L;

  static final String TOP = "/billing/index?faces-redirect=true";
  private static final String QUESTION = "/billing/question?faces-redirect=true";
  static final String LOGIN = "/billing/login?faces-redirect=true";

  @EJB private MemberLogin login;

  @Inject private BillingSession session;

  private String answer;

  /** The password step. */
  public String checkPassword() {
    Result result = login.checkPassword(getLoginId(), getPassword());
    SessionIds.renew();
    return next(result);
  }

  /** The secret question's answer. */
  public String answer() {
    return next(login.answer(session.ticket(), answer));
  }

  public String logout() {
    session.end();
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return LOGIN;
  }

  private String next(Result result) {
    switch (result.outcome()) {
      case SIGNED_IN:
        SessionIds.renew();
        session.complete(result.signIn());
        return TOP;
      case QUESTION_ASKED:
        session.ask(result.ticket(), result.question());
        return QUESTION;
      case WRONG_ANSWER:
        Messages.error("billingLogin.answer.wrong");
        return null;
      case LOCKED:
        session.end();
        Messages.flashError("billingLogin.locked");
        return LOGIN;
      case CANCELLED:
        session.end();
        Messages.error("billingLogin.cancelled");
        return null;
      case REJECTED:
        Messages.error("billingLogin.rejected");
        return null;
      case BUSY:
        Messages.error("login.busy");
        return null;
      default:
        session.end();
        Messages.flashError("billingLogin.startAgain");
        return LOGIN;
    }
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
