package jp.selfcare.identity.portal;

import java.io.Serializable;
import java.util.Locale;

/**
 * A completed portal login, as kept in the server-side session: enough to scope every call without
 * a database read. Built only by {@link PortalLogin} after the second step succeeded.
 *
 * @param signInVersion the user's sign-in version at login: a session whose version is no longer
 *     the user's ends at its next request ({@link jp.selfcare.identity.SessionCheck})
 */
public record PortalSignIn(
    long userId,
    long customerId,
    String customerNumber,
    String loginId,
    String name,
    PortalRole role,
    Locale language,
    long signInVersion)
    implements Serializable {

  public boolean administrator() {
    return role == PortalRole.ADMINISTRATOR;
  }
}
