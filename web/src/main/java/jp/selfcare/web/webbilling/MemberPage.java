package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.CancelReason;
import jp.selfcare.webbilling.MemberAccount;
import jp.selfcare.webbilling.MemberProfile;
import jp.selfcare.webbilling.MemberRefused;

/**
 * 基本情報 (/billing/member.xhtml): ①–⑪ of the logged-in member, with ⑨ dアカウント連携登録解除 in place and the
 * way to each change page; also ④ 日中のご連絡先電話番号 and ⑧ 秘密の質問による認証設定, whose input → confirm → completed
 * steps run in a panel of this page, and ⑪ Webビリング一括解約.
 */
@Named
@ViewScoped
public class MemberPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The change running on this page, if any. */
  public enum Change {
    NONE,
    PHONE,
    SECRET_AUTH,
    CANCEL
  }

  @EJB private MemberAccount account;

  @Inject private BillingSession session;

  private MemberProfile profile;
  private Change change = Change.NONE;
  private MemberStep step = MemberStep.INPUT;
  private String phone;
  private boolean secretAuth;
  private CancelReason reason;
  private boolean cancelChosen;

  public MemberProfile getProfile() {
    if (profile == null) {
      profile = account.profile();
    }
    return profile;
  }

  /** [変更] of ④, ⑧ or ⑪: its input step. */
  public void start(Change chosen) {
    change = chosen;
    step = MemberStep.INPUT;
    phone = getProfile().contactPhone();
    secretAuth = !getProfile().secretAuth();
    reason = null;
    cancelChosen = false;
  }

  /** ⑪ 解約する: the reason is asked next. */
  public void chooseCancel() {
    cancelChosen = true;
  }

  /** [変更] / [登録] / [解約]: what was typed is checked, then shown to confirm. */
  public void confirm() {
    if (change == Change.PHONE) {
      String typed = phone == null ? "" : phone.strip();
      if (!typed.isEmpty() && !MemberAccount.validPhone(typed)) {
        Messages.error("billing.problem.PHONE_INVALID");
        return;
      }
    }
    if (change == Change.CANCEL && reason == null) {
      Messages.error("billing.problem.REASON_MISSING");
      return;
    }
    step = MemberStep.CONFIRM;
  }

  public void back() {
    step = MemberStep.INPUT;
  }

  /** [変更する] / [登録する] / [解約する]. */
  public String apply() {
    try {
      switch (change) {
        case PHONE -> account.changePhone(phone);
        case SECRET_AUTH -> account.secretAuth(secretAuth);
        case CANCEL -> {
          account.cancel(reason);
          session.end();
          return "/billing/cancelled?faces-redirect=true";
        }
        default -> throw new IllegalStateException(change.name());
      }
    } catch (MemberRefused e) {
      Refusals.show(e);
      step = MemberStep.INPUT;
      return null;
    }
    profile = null;
    step = MemberStep.DONE;
    return null;
  }

  /** ⑨ [解除]. */
  public void unlinkDAccount() {
    account.unlinkDAccount();
    profile = null;
    Messages.info("billingMember.dAccount.unlinked");
  }

  /** Back to the list of ①–⑪. */
  public void close() {
    change = Change.NONE;
    step = MemberStep.INPUT;
  }

  public CancelReason[] getReasons() {
    return CancelReason.values();
  }

  public Change getChange() {
    return change;
  }

  public MemberStep getStep() {
    return step;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isSecretAuth() {
    return secretAuth;
  }

  public void setSecretAuth(boolean secretAuth) {
    this.secretAuth = secretAuth;
  }

  public CancelReason getReason() {
    return reason;
  }

  public void setReason(CancelReason reason) {
    this.reason = reason;
  }

  public boolean isCancelChosen() {
    return cancelChosen;
  }
}
