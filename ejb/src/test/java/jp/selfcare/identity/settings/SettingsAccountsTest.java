package jp.selfcare.identity.settings;

import static org.assertj.core.api.Assertions.assertThat;

import jp.selfcare.identity.CredentialRules;
import org.junit.jupiter.api.RepeatedTest;

/** The passwords the site generates for new accounts and resets. */
class SettingsAccountsTest {

  @RepeatedTest(50)
  void generatedPasswordsMeetTheSiteRule() {
    String password = SettingsAccounts.generatedPassword();
    assertThat(password).hasSize(12);
    assertThat(CredentialRules.settingsSitePassword(password)).isEmpty();
  }
}
