package jp.selfcare.identity.settings;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A completed Web Settings Site login as kept in the server-side session: the role and the one
 * scope it covers (database ids), so that every service call is checked without trusting a page.
 * Built only by {@link SettingsLogin} and {@link HandOffs}.
 *
 * @param accountId the settings account, or null for a voice-group administrator (a portal user)
 * @param loginId the login ID shown and audited (the portal login ID for a voice-group admin)
 * @param voiceGroupId the voice group of the scope (null for Business Mobile)
 * @param siteId the site of a site administrator or number user
 * @param ipNumberId the number of a number user
 * @param contractId the contract of a Business Mobile account
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
    Locale language)
    implements Serializable {

  public SettingsSignIn {
    Objects.requireNonNull(role);
    Objects.requireNonNull(loginId);
  }

  /** Whether this login may use the function at all (its scope is checked separately). */
  public boolean may(SettingsFunction function) {
    return function.allows(role);
  }
}
