package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.identity.settings.SettingsLogin.Outcome;
import jp.selfcare.numbers.AddOn;

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
  private Set<AddOn> addOns;

  @EJB private SettingsScope scope;

  void begin(String nextTicket, Outcome nextStep) {
    this.signIn = null;
    this.ticket = nextTicket;
    this.step = nextStep;
  }

  void complete(SettingsSignIn completed) {
    this.addOns = null;
    this.ticket = null;
    this.step = null;
    this.signIn = completed;
  }

  /** The same login as re-checked on this request (its access version may have moved). */
  void refresh(SettingsSignIn current) {
    this.signIn = current;
  }

  /** After the login's own password change: this session goes on, every other one ends. */
  void passwordChanged(long signInVersion) {
    if (signIn != null) {
      this.signIn = signIn.withSignInVersion(signInVersion);
    }
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

  /**
   * Whether the login's number carries the add-on (always for administrators, whose screens list
   * the numbers that do); menus hide what a number user's number lacks.
   */
  public boolean carries(String addOn) {
    if (signIn == null) {
      return false;
    }
    if (addOns == null) {
      addOns = scope.ownNumberAddOns();
    }
    return addOns.contains(AddOn.valueOf(addOn));
  }

  /** Whether the login's number is an ordinary one (not forwarding to a specific number). */
  public boolean isOrdinaryNumber() {
    return signIn != null
        && (signIn.role() != SettingsRole.NUMBER_USER || !carries("SPECIFIC_DESTINATION"));
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
