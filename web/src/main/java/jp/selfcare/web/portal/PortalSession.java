package jp.selfcare.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.identity.portal.PortalLogin.FirstStep;
import jp.selfcare.identity.portal.PortalSignIn;

/**
 * The portal login state of this browser session: the ticket of a pending second step, then the
 * completed login. Set only from service results, never from request parameters.
 */
@Named
@SessionScoped
public class PortalSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ticket;
  private FirstStep method;
  private PortalSignIn signIn;
  private boolean termsPending;

  void beginSecondStep(String secondStepTicket, FirstStep secondStepMethod) {
    this.signIn = null;
    this.ticket = secondStepTicket;
    this.method = secondStepMethod;
  }

  void complete(PortalSignIn completed, boolean mustAgreeToTerms) {
    this.ticket = null;
    this.method = null;
    this.signIn = completed;
    this.termsPending = mustAgreeToTerms;
  }

  void termsAgreed() {
    this.termsPending = false;
  }

  boolean termsPending() {
    return termsPending;
  }

  String ticket() {
    return ticket;
  }

  PortalSignIn signIn() {
    return signIn;
  }

  public boolean isLoggedIn() {
    return signIn != null;
  }

  public boolean isSecondStepPending() {
    return ticket != null;
  }

  public boolean isMailCode() {
    return method == FirstStep.MAIL_CODE_REQUIRED;
  }

  /** A TOTP user who registers an authenticator in this login. */
  public boolean isTotpEnrolment() {
    return method == FirstStep.TOTP_ENROLMENT_REQUIRED;
  }

  public String getName() {
    return signIn == null ? null : signIn.name();
  }

  public String getLoginId() {
    return signIn == null ? null : signIn.loginId();
  }

  public boolean isAdministrator() {
    return signIn != null && signIn.administrator();
  }
}
