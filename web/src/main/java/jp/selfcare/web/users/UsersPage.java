package jp.selfcare.web.users;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.InvalidRegistrationException;
import jp.selfcare.identity.portal.NewPortalUser;
import jp.selfcare.identity.portal.PortalAccount;
import jp.selfcare.identity.portal.PortalRegistration;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.PortalUsers;
import jp.selfcare.identity.portal.PortalUsers.UserSummary;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.web.i18n.Messages;

/**
 * ユーザー管理 (portal administrators): the users of the customer and the registration form with every
 * field of spec §1, which also edits a user (the login ID stays), and deletion after a
 * confirmation. The services refuse anything wrong, field by field; nothing is stored then.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PortalRegistration registration;

  @EJB private PortalUsers portalUsers;

  @EJB private PortalAccount account;

  /** The edited user's second step and role as loaded, to tell what changed. */
  private SecondStep loadedSecondStep;

  private PortalRole loadedRole;

  private List<UserSummary> users;

  /** The user being edited, or null while the form adds a new one. */
  private Long editing;

  private String name;
  private String mailAddress;
  private String phone;
  private SecondStep secondStep = SecondStep.MAIL_OTP;
  private PortalRole role = PortalRole.GENERAL;
  private String language = "ja";
  private String timeZone = "Asia/Tokyo";
  private String title;
  private String mobile;
  private String comment;
  private boolean mobileLineMail;

  public List<UserSummary> getUsers() {
    if (users == null) {
      users = portalUsers.ofMyCustomer();
    }
    return users;
  }

  /** 登録 / 更新: adds the user (the registration mail goes out) or saves the edited one. */
  public void add() {
    try {
      NewPortalUser form =
          new NewPortalUser(
              name,
              mailAddress,
              phone,
              secondStep,
              role,
              Locale.forLanguageTag(language),
              validZone(timeZone),
              title,
              mobile,
              comment,
              mobileLineMail);
      if (editing == null) {
        registration.addUser(form);
        Messages.info("users.added", mailAddress);
      } else {
        portalUsers.edit(editing, form);
        if (secondStep != loadedSecondStep) {
          account.switchSecondStepOf(editing, secondStep);
        }
        Messages.info("users.edited", mailAddress);
      }
      clear();
    } catch (InvalidRegistrationException e) {
      Messages.errors("registration.", e.problems());
    }
  }

  /** 編集: loads the user into the form. */
  public void edit(long userId) {
    NewPortalUser user = portalUsers.detail(userId);
    editing = userId;
    name = user.name();
    mailAddress = user.mailAddress();
    phone = user.phone();
    secondStep = user.secondStep();
    role = user.role();
    loadedSecondStep = secondStep;
    loadedRole = role;
    language = user.mailLanguage().getLanguage();
    timeZone = user.timeZone().getId();
    title = user.title();
    mobile = user.mobile();
    comment = user.comment();
    mobileLineMail = user.mobileLineMail();
  }

  /** 削除 (after the confirmation dialog). */
  public void delete(UserSummary user) {
    try {
      portalUsers.delete(user.id());
      Messages.info("users.deleted", user.loginId());
    } catch (NotAllowedException e) {
      Messages.error("users.deleteSelf");
    }
    clear();
  }

  /** キャンセル: back to adding. */
  public void clear() {
    users = null;
    editing = null;
    name = null;
    mailAddress = null;
    phone = null;
    secondStep = SecondStep.MAIL_OTP;
    role = PortalRole.GENERAL;
    language = "ja";
    timeZone = "Asia/Tokyo";
    title = null;
    mobile = null;
    comment = null;
    mobileLineMail = false;
  }

  public boolean isEditing() {
    return editing != null;
  }

  /** An administrator switches the second step of general users only (spec §1). */
  public boolean isSecondStepEditable() {
    return editing == null || loadedRole == PortalRole.GENERAL;
  }

  /** A typed zone that does not exist counts as missing (the service says so). */
  private static ZoneId validZone(String zone) {
    try {
      return zone == null || zone.isBlank() ? null : ZoneId.of(zone.strip());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  public SecondStep[] getSecondSteps() {
    return SecondStep.values();
  }

  public PortalRole[] getRoles() {
    return PortalRole.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMailAddress() {
    return mailAddress;
  }

  public void setMailAddress(String mailAddress) {
    this.mailAddress = mailAddress;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public SecondStep getSecondStep() {
    return secondStep;
  }

  public void setSecondStep(SecondStep secondStep) {
    this.secondStep = secondStep;
  }

  public PortalRole getRole() {
    return role;
  }

  public void setRole(PortalRole role) {
    this.role = role;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isMobileLineMail() {
    return mobileLineMail;
  }

  public void setMobileLineMail(boolean mobileLineMail) {
    this.mobileLineMail = mobileLineMail;
  }
}
