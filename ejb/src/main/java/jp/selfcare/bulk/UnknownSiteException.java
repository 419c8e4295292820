package jp.selfcare.bulk;

import jakarta.ejb.ApplicationException;

/** No site of that site ID in the caller's scope (another customer's looks the same). */
@ApplicationException(rollback = true)
public class UnknownSiteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownSiteException(String siteCode) {
    super("no site " + siteCode + " in scope");
  }
}
