package jp.selfcare.web.users;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.selfcare.identity.portal.InvalidRegistrationException;
import jp.selfcare.identity.portal.NewPortalUser;
import jp.selfcare.identity.portal.PortalRegistration;
import jp.selfcare.identity.portal.PortalRegistration.UserSummary;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.web.i18n.Messages;

/**
 * ユーザー管理 (portal administrators): the users of the customer and the registration form with every
 * field of spec §1. The service refuses anything wrong, field by field; nothing is stored then.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PortalRegistration registration;

  private List<UserSummary> users;

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
      users = registration.usersOfMyCustomer();
    }
    return users;
  }

  /** 登録: adds the user; the registration mail goes out. */
  public void add() {
    try {
      registration.addUser(
          new NewPortalUser(
              name,
              mailAddress,
              phone,
              secondStep,
              role,
              Locale.forLanguageTag(language),
              ZoneId.of(timeZone),
              title,
              mobile,
              comment,
              mobileLineMail));
      Messages.info("users.added", mailAddress);
      users = null;
      name = null;
      mailAddress = null;
      phone = null;
      title = null;
      mobile = null;
      comment = null;
    } catch (InvalidRegistrationException e) {
      e.problems().stream().sorted().forEach(p -> Messages.error("registration." + p.name()));
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
