package jp.selfcare.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.selfcare.access.SettingsScope.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The permission matrix of spec 10-identity.md §2 and the scope rule, row by row. */
class SettingsFunctionTest {

  @ParameterizedTest(name = "{0}: voice group {1}, site {2}, number {3}")
  @CsvSource({
    "FORWARDING,                      true,  true,  true",
    "BULK_UPLOAD_DOWNLOAD,            true,  true,  false",
    "BULK_FORWARDING,                 true,  true,  false",
    "MESSAGE_BOX_SETTINGS,            true,  true,  true",
    "MESSAGE_BOX_MESSAGES,            false, false, true",
    "NUISANCE_ANONYMOUS_CALLER_ID,    true,  true,  true",
    "INTERNATIONAL_SPECIFIC_NUMBER,   true,  true,  false",
    "HUNT_GROUP_OUTGOING_RESTRICTION, true,  true,  false",
    "FORWARDING_TO_SPECIFIC_NUMBER,   true,  true,  true",
    "SETTINGS_HISTORY,                true,  true,  true",
    "ACCOUNT_MANAGEMENT,              true,  true,  false",
    "CALL_SIMULATOR,                  true,  true,  true",
    "BUSINESS_MOBILE_USERS,           false, false, false",
  })
  void theMatrix(SettingsFunction function, boolean voiceGroup, boolean site, boolean number) {
    assertThat(function.allows(SettingsRole.VOICE_GROUP_ADMIN)).isEqualTo(voiceGroup);
    assertThat(function.allows(SettingsRole.SITE_ADMIN)).isEqualTo(site);
    assertThat(function.allows(SettingsRole.NUMBER_USER)).isEqualTo(number);
  }

  @Test
  void businessMobileUsesOnlyItsUsersAndItsPassword() {
    for (SettingsFunction f : SettingsFunction.values()) {
      assertThat(f.allows(SettingsRole.BUSINESS_MOBILE))
          .as(f.name())
          .isEqualTo(
              f == SettingsFunction.BUSINESS_MOBILE_USERS || f == SettingsFunction.PASSWORD_CHANGE);
    }
  }

  @Test
  void passwordChangeIsForAccountsWithTheirOwnPassword() {
    assertThat(SettingsFunction.PASSWORD_CHANGE.allows(SettingsRole.SITE_ADMIN)).isTrue();
    assertThat(SettingsFunction.PASSWORD_CHANGE.allows(SettingsRole.NUMBER_USER)).isTrue();
    assertThat(SettingsFunction.PASSWORD_CHANGE.allows(SettingsRole.VOICE_GROUP_ADMIN))
        .as("a voice-group administrator's password is the portal's")
        .isFalse();
  }

  private static SettingsSignIn login(SettingsRole role, Long group, Long site, Long number) {
    return new SettingsSignIn(
        role, 1L, 10, "W1", group, site, number, null, "", Locale.JAPANESE, null, 0, 0);
  }

  @Test
  void eachRoleCoversItsOwnScopeOnly() {
    Placement number = new Placement(10, 100L, 1000, 5000L);
    Placement sameSiteOtherNumber = new Placement(10, 100L, 1000, 5001L);
    Placement otherSite = new Placement(10, 100L, 1001, 6000L);
    Placement otherGroup = new Placement(10, 101L, 2000, 7000L);
    Placement otherCustomer = new Placement(11, 100L, 1000, 5000L);

    SettingsSignIn group = login(SettingsRole.VOICE_GROUP_ADMIN, 100L, null, null);
    assertThat(number.coveredBy(group)).isTrue();
    assertThat(otherSite.coveredBy(group)).isTrue();
    assertThat(otherGroup.coveredBy(group)).isFalse();
    assertThat(otherCustomer.coveredBy(group)).isFalse();

    SettingsSignIn site = login(SettingsRole.SITE_ADMIN, 100L, 1000L, null);
    assertThat(sameSiteOtherNumber.coveredBy(site)).isTrue();
    assertThat(otherSite.coveredBy(site)).isFalse();

    SettingsSignIn user = login(SettingsRole.NUMBER_USER, 100L, 1000L, 5000L);
    assertThat(number.coveredBy(user)).isTrue();
    assertThat(sameSiteOtherNumber.coveredBy(user)).isFalse();
    assertThat(new Placement(10, 100L, 1000, null).coveredBy(user))
        .as("a number user never covers a whole site")
        .isFalse();

    SettingsSignIn mobile = login(SettingsRole.BUSINESS_MOBILE, null, null, null);
    assertThat(number.coveredBy(mobile)).isFalse();
  }
}
