package jp.selfcare.access;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A completed Web Settings Site login as kept in the server-side session: the role and the one
 * scope it covers (database ids), so that every service call is checked without trusting a page.
 * Built only by {@link jp.selfcare.identity.settings.SettingsLogin} and {@link
 * jp.selfcare.identity.settings.HandOffs}.
 *
 * @param accountId the settings account, or null for a voice-group administrator (a portal user)
 * @param loginId the login ID shown and audited (the portal login ID for a voice-group admin)
 * @param voiceGroupId the voice group of the scope (null for Business Mobile)
 * @param siteId the site of a site administrator or number user
 * @param ipNumberId the number of a number user
 * @param contractId the contract of a Business Mobile account
 * @param portalUserId the portal user of a voice-group administrator (null for an account)
 * @param signInVersion the account's (or portal user's) sign-in version at login: a session whose
 *     version is no longer the account's ends at its next request ({@link
 *     jp.selfcare.identity.SessionCheck})
 * @param accessVersion the portal user's access version at the hand-off: when it moved, the next
 *     request checks that the user may still edit the voice group
 */
public record SettingsSignIn(
    SettingsRole role,
    Long accountId,
    long customerId,
    String loginId,
    Long voiceGroupId,
    Long siteId,
    Long ipNumberId,
    Long contractId,
    String scopeLabel,
    Locale language,
    Long portalUserId,
    long signInVersion,
    long accessVersion)
    implements Serializable {

  public SettingsSignIn {
    Objects.requireNonNull(role);
    Objects.requireNonNull(loginId);
  }

  /** The same login after a re-check found the portal user's access still sufficient. */
  public SettingsSignIn withAccessVersion(long version) {
    return withVersions(signInVersion, version);
  }

  /** The same login with the account's new sign-in version (its own password change). */
  public SettingsSignIn withSignInVersion(long version) {
    return withVersions(version, accessVersion);
  }

  private SettingsSignIn withVersions(long signIn, long access) {
    return new SettingsSignIn(
        role,
        accountId,
        customerId,
        loginId,
        voiceGroupId,
        siteId,
        ipNumberId,
        contractId,
        scopeLabel,
        language,
        portalUserId,
        signIn,
        access);
  }

  /** Whether this login may use the function at all (its scope is checked separately). */
  public boolean may(SettingsFunction function) {
    return function.allows(role);
  }
}
