package jp.selfcare.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The functions of the Web Settings Site and which accounts may use them (spec 10-identity.md §2,
 * 各管理権限ごとに利用できる機能). Services check {@link #allows} and then the scope; menus show only what is
 * allowed. "Own" functions of a number user are limited to its number by the scope check.
 */
public enum SettingsFunction {
  FORWARDING(true, true, true),
  BULK_UPLOAD_DOWNLOAD(true, true, false),
  BULK_FORWARDING(true, true, false),
  MESSAGE_BOX_SETTINGS(true, true, true),
  MESSAGE_BOX_MESSAGES(false, false, true),
  NUISANCE_ANONYMOUS_CALLER_ID(true, true, true),
  INTERNATIONAL_SPECIFIC_NUMBER(true, true, false),
  HUNT_GROUP_OUTGOING_RESTRICTION(true, true, false),
  FORWARDING_TO_SPECIFIC_NUMBER(true, true, true),
  SETTINGS_HISTORY(true, true, true),
  PASSWORD_CHANGE(false, true, true),
  ACCOUNT_MANAGEMENT(true, true, false),
  /**
   * 着信シミュレーション (50-routing.md, beyond the anchors): what the network would do with a call, against
   * the live routing cache; administrators in scope, number users for their number.
   */
  CALL_SIMULATOR(true, true, true),
  /** ビジネスモバイル利用者管理 (30-settings-site.md §13): the Business Mobile account only. */
  BUSINESS_MOBILE_USERS(false, false, false);

  private final Set<SettingsRole> roles = EnumSet.noneOf(SettingsRole.class);

  SettingsFunction(boolean voiceGroupAdmin, boolean siteAdmin, boolean numberUser) {
    if (voiceGroupAdmin) {
      roles.add(SettingsRole.VOICE_GROUP_ADMIN);
    }
    if (siteAdmin) {
      roles.add(SettingsRole.SITE_ADMIN);
    }
    if (numberUser) {
      roles.add(SettingsRole.NUMBER_USER);
    }
  }

  /** Whether an account of the role may use this function. */
  public boolean allows(SettingsRole role) {
    if (role == SettingsRole.BUSINESS_MOBILE) {
      return this == BUSINESS_MOBILE_USERS || this == PASSWORD_CHANGE;
    }
    return roles.contains(role);
  }
}
