package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Web Settings Site's own login as the services enforce it: 3 wrong passwords → 15 minutes,
 * Business Mobile 4 → 15 minutes, the mail two-step set-up offer, the 30-minute code, 5 wrong
 * entries void it, 2段階認証解除. Time moves on the server's shiftable clock, never by sleeping.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsLoginIT {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  /** A new site administrator of 東京本社 registered by the voice-group administrator. */
  private static String[] siteAdmin(boolean twoStep) {
    String issued =
        support(
            "/settings-site/accounts?as=vg:Y15000001&kind=SITE_ADMIN&site=1000001&twoStep="
                + twoStep);
    assertThat(issued).matches("W\\d{9} \\S{12}");
    return issued.split(" ");
  }

  private static String login(String loginId, String password) {
    return support("/settings-site/login?login=" + loginId + "&password=" + password);
  }

  @Test
  void threeWrongPasswordsLockForFifteenMinutes() {
    String[] account = siteAdmin(false);
    assertThat(login(account[0], "wrong-pass1")).isEqualTo("REJECTED");
    assertThat(login(account[0], "wrong-pass1")).isEqualTo("REJECTED");
    assertThat(login(account[0], "wrong-pass1")).isEqualTo("LOCKED");
    assertThat(login(account[0], account[1]))
        .as("locked: the right password is refused")
        .isEqualTo("LOCKED");

    support("/clock/shift?seconds=" + (15 * 60 - 1));
    assertThat(login(account[0], account[1])).isEqualTo("LOCKED");
    support("/clock/shift?seconds=1");
    assertThat(login(account[0], account[1])).isEqualTo("SIGNED_IN");
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_event WHERE application = 'settings' AND account = '"
                    + account[0]
                    + "' AND event = 'ACCOUNT_LOCKED'"))
        .isEqualTo(1);
  }

  @Test
  void aSuccessResetsTheCountAndAnAdministratorUnlocks() {
    String[] account = siteAdmin(false);
    login(account[0], "wrong-pass1");
    login(account[0], "wrong-pass1");
    assertThat(login(account[0], account[1])).isEqualTo("SIGNED_IN");
    login(account[0], "wrong-pass1");
    assertThat(login(account[0], "wrong-pass1"))
        .as("counting starts again after a success")
        .isEqualTo("REJECTED");
    assertThat(login(account[0], "wrong-pass1")).isEqualTo("LOCKED");

    assertThat(support("/settings-site/accounts/unlock?as=vg:Y15000001&account=" + account[0]))
        .isEqualTo("ok");
    assertThat(login(account[0], account[1])).isEqualTo("SIGNED_IN");
  }

  @Test
  void businessMobileLocksAfterFourFailuresAndReleasesItself() {
    String id = String.format("BT%08d", new Random().nextInt(100_000_000));
    support("/settings-site/business-mobile?login=" + id);
    for (int i = 1; i <= 3; i++) {
      assertThat(login(id, "wrong-pass1")).as("failure " + i).isEqualTo("REJECTED");
    }
    assertThat(login(id, "wrong-pass1")).isEqualTo("LOCKED");
    assertThat(login(id, "Demo-pass1")).isEqualTo("LOCKED");
    support("/clock/shift?seconds=" + 15 * 60);
    assertThat(login(id, "Demo-pass1")).isEqualTo("SIGNED_IN");
  }

  @Test
  void twoStepSetUpIsOfferedUntilDoneThenEveryLoginNeedsTheMailedCode() throws Exception {
    String[] account = siteAdmin(true);
    String[] offer = login(account[0], account[1]).split(" ");
    assertThat(offer[0]).isEqualTo("SET_UP_OFFERED");
    assertThat(support("/settings-site/skip?ticket=" + offer[1])).isEqualTo("SIGNED_IN");
    assertThat(login(account[0], account[1]))
        .as("offered again at the next login")
        .startsWith("SET_UP_OFFERED");

    String ticket = login(account[0], account[1]).split(" ")[1];
    assertThat(support("/settings-site/address?ticket=" + ticket + "&address=not-an-address"))
        .startsWith("INVALID_ADDRESS");
    String address = "site-" + UUID.randomUUID() + "@example.jp";
    assertThat(support("/settings-site/address?ticket=" + ticket + "&address=" + address))
        .startsWith("CODE_SENT");
    var mail = ItMail.awaitMail(smtp, address, 1);
    assertThat(mail.getSubject()).isEqualTo("カスタマーコントロール/Web設定変更サイトワンタイムパスワード通知");
    assertThat(ItMail.text(mail))
        .as("the validity the operator configured for the tests' server (default 30 minutes)")
        .contains("有効期限は20分です。");
    assertThat(support("/settings-site/code?ticket=" + ticket + "&code=" + ItMail.code(mail)))
        .isEqualTo("SIGNED_IN");

    String[] next = login(account[0], account[1]).split(" ");
    assertThat(next[0]).isEqualTo("CODE_SENT");
    String code = ItMail.code(ItMail.awaitMail(smtp, address, 2));
    assertThat(support("/settings-site/code?ticket=" + next[1] + "&code=" + code))
        .isEqualTo("SIGNED_IN");
    assertThat(support("/settings-site/code?ticket=" + next[1] + "&code=" + code))
        .as("single use")
        .isEqualTo("START_AGAIN");
  }

  /**
   * Wrong one-time passwords are failed logins: with the site's lockout (3) the third wrong code
   * locks the account, whatever "send again" did in between, and a right password before them does
   * not wipe the count.
   */
  @Test
  void wrongCodesCountTowardsTheLockoutAndSendAgainNeverResetsThem() {
    String[] account = siteAdmin(true);
    String address = "lockout-" + UUID.randomUUID() + "@example.jp";
    String setUp = login(account[0], account[1]).split(" ")[1];
    support("/settings-site/address?ticket=" + setUp + "&address=" + address);
    assertThat(
            support(
                "/settings-site/code?ticket="
                    + setUp
                    + "&code="
                    + ItMail.code(ItMail.awaitMail(smtp, address, 1))))
        .isEqualTo("SIGNED_IN");

    assertThat(login(account[0], "wrong-pass9")).isEqualTo("REJECTED");
    String ticket = login(account[0], account[1]).split(" ")[1];
    String code = ItMail.code(ItMail.awaitMail(smtp, address, 2));
    assertThat(support("/settings-site/code?ticket=" + ticket + "&code=" + wrong(code)))
        .as("second failure: the right password did not reset the first")
        .startsWith("WRONG_CODE");
    assertThat(support("/settings-site/resend?ticket=" + ticket)).isEqualTo("SENT");
    String resent = ItMail.code(ItMail.awaitMail(smtp, address, 3));
    assertThat(support("/settings-site/code?ticket=" + ticket + "&code=" + wrong(resent)))
        .as("third failure, after a resend")
        .isEqualTo("LOCKED");
    assertThat(support("/settings-site/code?ticket=" + ticket + "&code=" + resent))
        .as("the attempt is over")
        .isEqualTo("START_AGAIN");
    assertThat(login(account[0], account[1])).isEqualTo("LOCKED");
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_event WHERE account = '"
                    + account[0]
                    + "' AND event = 'ACCOUNT_LOCKED'"))
        .isEqualTo(1);
  }

  /** "Send again" is limited to five codes per attempt; then the user starts over. */
  @Test
  void sendAgainIsLimitedPerAttempt() {
    String[] account = siteAdmin(true);
    String address = "resend-" + UUID.randomUUID() + "@example.jp";
    String ticket = login(account[0], account[1]).split(" ")[1];
    support("/settings-site/address?ticket=" + ticket + "&address=" + address);
    for (int send = 2; send <= 5; send++) {
      assertThat(support("/settings-site/resend?ticket=" + ticket))
          .as("send " + send)
          .isEqualTo("SENT");
    }
    String last = ItMail.code(ItMail.awaitMail(smtp, address, 5));
    assertThat(support("/settings-site/resend?ticket=" + ticket)).isEqualTo("START_AGAIN");
    assertThat(support("/settings-site/code?ticket=" + ticket + "&code=" + last))
        .as("the attempt ended with the refused send")
        .isEqualTo("START_AGAIN");
    assertThat(ItMail.mailsTo(smtp, address)).as("no sixth code").hasSize(5);
  }

  @Test
  void theCodeExpiresAfterItsConfiguredValidity() {
    String[] account = siteAdmin(true);
    String address = "expiry-" + UUID.randomUUID() + "@example.jp";
    String ticket = login(account[0], account[1]).split(" ")[1];
    support("/settings-site/address?ticket=" + ticket + "&address=" + address);
    String code = ItMail.code(ItMail.awaitMail(smtp, address, 1));
    for (int i = 1; i <= 2; i++) {
      assertThat(support("/settings-site/code?ticket=" + ticket + "&code=" + wrong(code)))
          .as("wrong entry " + i)
          .startsWith("WRONG_CODE");
    }
    assertThat(support("/settings-site/code?ticket=" + ticket + "&code=" + wrong(code)))
        .as("the third wrong entry locks (3 failures)")
        .isEqualTo("LOCKED");
    support("/clock/shift?seconds=" + 15 * 60);
    assertThat(
            count(
                "SELECT COUNT(*) FROM settings_account WHERE login_id = '"
                    + account[0]
                    + "' AND otp_address IS NOT NULL"))
        .as("nothing was registered")
        .isZero();

    String again = login(account[0], account[1]).split(" ")[1];
    support("/settings-site/address?ticket=" + again + "&address=" + address);
    String fresh = ItMail.code(ItMail.awaitMail(smtp, address, 2));
    support("/clock/shift?seconds=" + 20 * 60);
    assertThat(support("/settings-site/code?ticket=" + again + "&code=" + fresh))
        .as("20 minutes later: selfcare.validity.settings-code of the tests' server")
        .isEqualTo("START_AGAIN");
  }

  @Test
  void releaseNeedsAddressCustomerNumberAndContractorName() throws Exception {
    String[] account = siteAdmin(true);
    String address = "release-" + UUID.randomUUID() + "@example.jp";
    String ticket = login(account[0], account[1]).split(" ")[1];
    support("/settings-site/address?ticket=" + ticket + "&address=" + address);
    support(
        "/settings-site/code?ticket="
            + ticket
            + "&code="
            + ItMail.code(ItMail.awaitMail(smtp, address, 1)));

    String codeStep = login(account[0], account[1]).split(" ")[1];
    assertThat(release(codeStep, address, "N100000002", "株式会社サンプル商事"))
        .startsWith("RELEASE_REFUSED");
    assertThat(release(codeStep, "other@example.jp", "N100000001", "株式会社サンプル商事"))
        .startsWith("RELEASE_REFUSED");
    assertThat(
            count(
                "SELECT COUNT(*) FROM settings_account WHERE login_id = '"
                    + account[0]
                    + "' AND otp_address IS NOT NULL"))
        .as("a refused release changes nothing")
        .isEqualTo(1);

    assertThat(release(codeStep, address, "N100000001", "株式会社サンプル商事")).startsWith("SET_UP_OFFERED");
    assertThat(
            count(
                "SELECT COUNT(*) FROM settings_account WHERE login_id = '"
                    + account[0]
                    + "' AND otp_address IS NULL"))
        .isEqualTo(1);
    var notice = ItMail.awaitMail(smtp, address, 3);
    assertThat(notice.getSubject())
        .as("the released address hears of it")
        .isEqualTo("カスタマーコントロール/Web設定変更サイト 2段階認証解除のお知らせ");
    assertThat(ItMail.text(notice)).contains(account[0]).contains("解除されました");
    assertThat(support("/settings-site/skip?ticket=" + codeStep)).isEqualTo("SIGNED_IN");
  }

  private static String release(String ticket, String address, String customer, String name) {
    return support(
        "/settings-site/release?ticket="
            + ticket
            + "&address="
            + address
            + "&customer="
            + customer
            + "&name="
            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String wrong(String code) {
    return code.equals("111111") ? "222222" : "111111";
  }

  @Test
  void anAccountChangesItsTwoStepAddressWithACodeSentToTheNewOne() {
    String[] account = siteAdmin(false);
    String base = "/settings-site/accounts/address?as=" + account[0] + "&pw=" + account[1];
    assertThat(support(base + "&address=broken")).isEqualTo("INVALID_ADDRESS");
    String address = "moved-" + UUID.randomUUID() + "@example.jp";
    assertThat(support(base + "&address=" + address)).isEqualTo("CODE_SENT");
    String code = ItMail.code(ItMail.awaitMail(smtp, address, 1));
    assertThat(support(base + "&code=" + wrong(code))).isEqualTo("WRONG_CODE");
    assertThat(
            count(
                "SELECT COUNT(*) FROM settings_account WHERE login_id = '"
                    + account[0]
                    + "' AND otp_address IS NULL"))
        .as("nothing changes before the right code")
        .isEqualTo(1);
    // The login above (as=…) used the password; the change needs the code from the new address.
    assertThat(support(base + "&code=" + code)).isEqualTo("CHANGED");

    String[] next = login(account[0], account[1]).split(" ");
    assertThat(next[0]).as("two-step authentication now applies").isEqualTo("CODE_SENT");
    ItMail.awaitMail(smtp, address, 2);
  }
}
