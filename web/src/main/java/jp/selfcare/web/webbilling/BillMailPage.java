package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.webbilling.AddressChanges;
import jp.selfcare.webbilling.MemberAccount;
import jp.selfcare.webbilling.MemberProfile;
import jp.selfcare.webbilling.MemberRefused;

/**
 * ご請求額お知らせメール (/billing/billmail.xhtml): on or off, and where it goes (the contact address, or
 * another one confirmed like ⑥ through a mailed link) → 登録 → confirm → 登録する → completed.
 */
@Named
@ViewScoped
public class BillMailPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AddressChanges changes;

  @EJB private MemberAccount account;

  private MemberProfile profile;
  private MemberStep step = MemberStep.INPUT;
  private boolean on;
  private String address;
  private String addressAgain;
  private boolean mailed;

  public MemberProfile getProfile() {
    if (profile == null) {
      profile = account.profile();
      on = profile.billMail();
    }
    return profile;
  }

  public void confirm() {
    step = MemberStep.CONFIRM;
  }

  public void back() {
    step = MemberStep.INPUT;
  }

  /** 登録する. */
  public void apply() {
    try {
      mailed = changes.billMail(on, address, addressAgain);
      profile = null;
      step = MemberStep.DONE;
    } catch (MemberRefused e) {
      Refusals.show(e);
      step = MemberStep.INPUT;
    }
  }

  public MemberStep getStep() {
    return step;
  }

  public boolean isOn() {
    return on;
  }

  public void setOn(boolean on) {
    this.on = on;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getAddressAgain() {
    return addressAgain;
  }

  public void setAddressAgain(String addressAgain) {
    this.addressAgain = addressAgain;
  }

  /** Whether the new address waits for its mailed link. */
  public boolean isMailed() {
    return mailed;
  }
}
