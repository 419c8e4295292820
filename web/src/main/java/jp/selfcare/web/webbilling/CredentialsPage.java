package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.web.SessionIds;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.CredentialChange;
import jp.selfcare.webbilling.MemberAccount;
import jp.selfcare.webbilling.MemberRefused;

/**
 * ⑩ ログインID／パスワードの変更 (/billing/credentials.xhtml): choose ログインID, ログインパスワード or both → 次へ → the
 * current and new values (new ones twice) → 更新 → completed. This session goes on under a new id;
 * every other session of the member ends.
 */
@Named
@ViewScoped
public class CredentialsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MemberAccount account;

  @Inject private BillingSession session;

  private CredentialChange.Kind kind;
  private MemberStep step = MemberStep.INPUT;
  private boolean chosen;
  private String currentLoginId;
  private String newLoginId;
  private String newLoginIdAgain;
  private String currentPassword;
  private String newPassword;
  private String newPasswordAgain;

  /** 次へ. */
  public void next() {
    if (kind == null) {
      Messages.error("billing.problem.NOTHING_CHOSEN");
      return;
    }
    chosen = true;
  }

  /** 更新. */
  public void update() {
    try {
      session.refresh(
          account.changeCredentials(
              new CredentialChange(
                  kind,
                  currentLoginId,
                  newLoginId,
                  newLoginIdAgain,
                  currentPassword,
                  newPassword,
                  newPasswordAgain)));
      SessionIds.renew();
      step = MemberStep.DONE;
    } catch (MemberRefused e) {
      Refusals.show(e);
    }
  }

  public CredentialChange.Kind[] getKinds() {
    return CredentialChange.Kind.values();
  }

  public CredentialChange.Kind getKind() {
    return kind;
  }

  public void setKind(CredentialChange.Kind kind) {
    this.kind = kind;
  }

  public boolean isChosen() {
    return chosen;
  }

  public MemberStep getStep() {
    return step;
  }

  public String getCurrentLoginId() {
    return currentLoginId;
  }

  public void setCurrentLoginId(String value) {
    this.currentLoginId = value;
  }

  public String getNewLoginId() {
    return newLoginId;
  }

  public void setNewLoginId(String value) {
    this.newLoginId = value;
  }

  public String getNewLoginIdAgain() {
    return newLoginIdAgain;
  }

  public void setNewLoginIdAgain(String value) {
    this.newLoginIdAgain = value;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String value) {
    this.currentPassword = value;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String value) {
    this.newPassword = value;
  }

  public String getNewPasswordAgain() {
    return newPasswordAgain;
  }

  public void setNewPasswordAgain(String value) {
    this.newPasswordAgain = value;
  }
}
