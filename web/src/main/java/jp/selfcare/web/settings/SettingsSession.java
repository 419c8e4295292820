package jp.selfcare.web.settings;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.identity.settings.SettingsFunction;
import jp.selfcare.identity.settings.SettingsLogin.Outcome;
import jp.selfcare.identity.settings.SettingsRole;
import jp.selfcare.identity.settings.SettingsSignIn;

/**
 * The Web Settings Site login state of this browser session: the ticket and the step after the
 * password, then the completed login. Set only from service results, never from request parameters.
 */
@Named
@SessionScoped
public class SettingsSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ticket;
  private Outcome step;
  private SettingsSignIn signIn;

  void begin(String nextTicket, Outcome nextStep) {
    this.signIn = null;
    this.ticket = nextTicket;
    this.step = nextStep;
  }

  void complete(SettingsSignIn completed) {
    this.ticket = null;
    this.step = null;
    this.signIn = completed;
  }

  void end() {
    this.ticket = null;
    this.step = null;
    this.signIn = null;
  }

  String ticket() {
    return ticket;
  }

  SettingsSignIn signIn() {
    return signIn;
  }

  public boolean isLoggedIn() {
    return signIn != null;
  }

  /** The set-up offer (OK / キャンセル) is showing. */
  public boolean isSetUpOffered() {
    return ticket != null && step == Outcome.SET_UP_OFFERED;
  }

  /** The mailed code is expected. */
  public boolean isCodeSent() {
    return ticket != null && step == Outcome.CODE_SENT;
  }

  public boolean isStepPending() {
    return ticket != null;
  }

  /** Whether the menu offers the function (the services check again). */
  public boolean may(String function) {
    return signIn != null && signIn.may(SettingsFunction.valueOf(function));
  }

  public String getLoginId() {
    return signIn == null ? null : signIn.loginId();
  }

  public SettingsRole getRole() {
    return signIn == null ? null : signIn.role();
  }

  public String getScopeLabel() {
    return signIn == null ? null : signIn.scopeLabel();
  }
}
