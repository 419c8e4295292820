package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.selfcare.identity.portal.PortalAccount;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.identity.portal.PortalLogin.FirstStepResult;
import jp.selfcare.identity.portal.PortalLogin.SecondStepResult;
import jp.selfcare.web.LoginFields;
import jp.selfcare.web.SessionIds;
import jp.selfcare.web.i18n.Messages;

/** ログイン: login ID and password, then the second step (TOTP or mailed code). */
@Named
@RequestScoped
public class PortalLoginPage extends LoginFields {

  @EJB private PortalLogin login;

  @Inject private PortalSession session;

  @EJB private PortalAccount account;

  private Optional<PortalLogin.TotpEnrolment> enrolment;

  /** Step one; a new session id whatever the outcome of the password. */
  public String checkPassword() {
    FirstStepResult result = login.checkPassword(getLoginId(), getPassword());
    SessionIds.renew();
    switch (result.outcome()) {
      case TOTP_REQUIRED, TOTP_ENROLMENT_REQUIRED, MAIL_CODE_REQUIRED:
        session.beginSecondStep(result.ticket(), result.outcome());
        return "/portal/second?faces-redirect=true";
      case LOCKED:
        Messages.error("login.locked");
        return null;
      case BUSY:
        Messages.error("login.busy");
        return null;
      default:
        Messages.error("login.rejected");
        return null;
    }
  }

  /** Step two; on success a new session id and the completed login in the session. */
  public String enterCode() {
    SecondStepResult result = login.enterCode(session.ticket(), getCode());
    switch (result.outcome()) {
      case SUCCEEDED:
        SessionIds.renew();
        boolean terms = account.termsPending(result.userId());
        session.complete(login.signInOf(result.userId()), terms);
        return terms ? "/portal/terms?faces-redirect=true" : "/portal/index?faces-redirect=true";
      case ENROLMENT_READY:
        enrolment = null;
        Messages.info("login.totp.mailConfirmed");
        return null;
      case WRONG_CODE:
        Messages.error("login.code.wrong");
        return null;
      case CODE_EXPIRED:
        Messages.error("login.code.expired");
        return null;
      case CODE_VOID:
        Messages.error("login.code.void");
        return null;
      case LOCKED:
        Messages.error("login.locked");
        return null;
      default:
        Messages.error("login.startAgain");
        return null;
    }
  }

  /** The QR code (PNG data URI) and secret of a pending TOTP set-up, if there is one. */
  public Optional<PortalLogin.TotpEnrolment> getTotpEnrolment() {
    if (enrolment == null) {
      enrolment = login.totpEnrolment(session.ticket());
    }
    return enrolment;
  }

  /**
   * Whether the code to type is the mailed one: mail users always, TOTP users setting up an app
   * until the mailed code proved their mailbox (then the app's code).
   */
  public boolean isMailCodeExpected() {
    return session.isMailCode() || (session.isTotpEnrolment() && getTotpEnrolment().isEmpty());
  }

  public String getTotpQrCode() {
    return getTotpEnrolment().map(e -> QrCodes.pngDataUri(e.otpauthUri())).orElse(null);
  }

  /** ワンタイムパスワードを再送する. */
  public void resend() {
    if (login.resendMailCode(session.ticket())) {
      Messages.info("login.code.resent");
    } else {
      Messages.error("login.startAgain");
    }
  }

  /** Ends the session entirely. */
  public String logout() {
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return "/portal/login?faces-redirect=true";
  }
}
