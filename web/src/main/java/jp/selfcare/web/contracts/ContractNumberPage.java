package jp.selfcare.web.contracts;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.contracts.ContractOverview;
import jp.selfcare.contracts.NumberDetail;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;

/**
 * A basic number's page (?contract=&number=): every add-on with its contract state, the SIP-ID, the
 * SIP password behind 表示 (each showing is audited by the service), and the dial-in numbers with
 * their add-ons.
 */
@Named
@ViewScoped
public class ContractNumberPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ContractOverview contracts;

  private long contract;
  private String number;
  private NumberDetail detail;
  private String sipPassword;

  public void load() {
    detail = contracts.number(contract, number).orElse(null);
  }

  /** Shows the SIP password (the service writes the showing to the audit log). */
  public void showSipPassword() {
    sipPassword = contracts.sipPassword(contract, number).orElse(null);
  }

  public void hideSipPassword() {
    sipPassword = null;
  }

  public AddOn[] getAddOnKinds() {
    return AddOn.values();
  }

  public List<AddOn> addOnsOf(AddOns addOns) {
    return List.copyOf(addOns.features());
  }

  public NumberDetail getDetail() {
    return detail;
  }

  public String getSipPassword() {
    return sipPassword;
  }

  public long getContract() {
    return contract;
  }

  public void setContract(long contract) {
    this.contract = contract;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
