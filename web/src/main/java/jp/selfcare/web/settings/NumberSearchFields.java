package jp.selfcare.web.settings;

import java.io.Serializable;
import jp.selfcare.access.NumberConditions;

/**
 * The settings site's common search as a page keeps it between requests: サイトID, 契約番号 and part of
 * the number, blank meaning any (the services keep the search within the login's scope).
 */
public class NumberSearchFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String siteId;
  private String contractNumber;
  private String numberPart;

  /** The fields as the services' conditions. */
  public NumberConditions conditions() {
    return new NumberConditions(siteId, contractNumber, numberPart);
  }

  public String getSiteId() {
    return siteId;
  }

  public void setSiteId(String siteId) {
    this.siteId = siteId;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public void setContractNumber(String contractNumber) {
    this.contractNumber = contractNumber;
  }

  public String getNumberPart() {
    return numberPart;
  }

  public void setNumberPart(String numberPart) {
    this.numberPart = numberPart;
  }
}
