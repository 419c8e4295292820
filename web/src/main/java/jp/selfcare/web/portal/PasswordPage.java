package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.identity.LinkState;
import jp.selfcare.identity.Violation;
import jp.selfcare.identity.portal.PasswordSetting;
import jp.selfcare.identity.portal.PortalRegistration;
import jp.selfcare.web.i18n.Messages;

/**
 * パスワード設定 from the mailed link: 本人確認 (login ID, name, phone) and the new password. An expired or
 * used link shows a page that points to password reset.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PortalRegistration registration;

  private String token;
  private LinkState state;
  private boolean done;
  private String loginId;
  private String name;
  private String phone;
  private String password;
  private String confirmation;

  /** Called on page load with the token from the link. */
  public void open() {
    state = registration.linkState(token);
  }

  public void submit() {
    PasswordSetting result =
        registration.setPassword(token, loginId, name, phone, password, confirmation);
    switch (result.outcome()) {
      case DONE -> done = true;
      case IDENTITY_MISMATCH -> Messages.error("password.identityMismatch");
      case RULES_BROKEN ->
          result.violations().forEach(v -> Messages.error("violation." + v.name()));
      case LINK_EXPIRED -> state = LinkState.EXPIRED;
      case LINK_USED -> state = LinkState.USED;
      default -> state = LinkState.UNKNOWN;
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

  public Violation[] getRules() {
    return new Violation[] {
      Violation.PASSWORD_LENGTH,
      Violation.PASSWORD_NEEDS_DIGIT,
      Violation.PASSWORD_NEEDS_UPPER,
      Violation.PASSWORD_NEEDS_LOWER
    };
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
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
}
