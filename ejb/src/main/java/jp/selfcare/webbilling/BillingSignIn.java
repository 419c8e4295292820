package jp.selfcare.webbilling;

import java.io.Serializable;
import java.time.Instant;

/**
 * A completed Web Billing login, as the session keeps it and the member services read it from
 * {@link jp.selfcare.identity.Caller}.
 *
 * @param memberId the member
 * @param customerId its customer
 * @param loginId the login ID it signed in with
 * @param name the member's name (the top page's greeting)
 * @param previousLogin the login before this one (前回ログイン日時), null on the first
 * @param signInVersion the member's sign-in version at login: a session whose version moved ends
 */
public record BillingSignIn(
    long memberId,
    long customerId,
    String loginId,
    String name,
    Instant previousLogin,
    long signInVersion)
    implements Serializable {

  /** The same login after its own change of login ID or password (this session goes on). */
  public BillingSignIn renewed(String newLoginId, long newSignInVersion) {
    return new BillingSignIn(
        memberId, customerId, newLoginId, name, previousLogin, newSignInVersion);
  }
}
