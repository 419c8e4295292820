package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * For each Web Settings Site role, calls on numbers, sites and accounts outside its scope are
 * refused by the service layer (spec 10-identity.md §2), and the portal hand-off is single-use,
 * short-lived and only for voice groups the portal user may edit.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsScopeIT {

  /** 東京本社 (1000001, Y15000001), 横浜営業所 (1000002, Y15000001), 大阪支店 (2000001, Y15000002). */
  private static final String TOKYO_NUMBER = "0350000005";

  private static final String YOKOHAMA_NUMBER = "0456000005";
  private static final String OSAKA_NUMBER = "0660000005";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  private static String number(String as, String pw, String number, String function) {
    return support(
        "/settings-site/scope/number?as="
            + as
            + "&pw="
            + pw
            + "&number="
            + number
            + "&function="
            + function);
  }

  private static String[] register(String as, String pw, String kind, String target) {
    String answer =
        support(
            "/settings-site/accounts?as="
                + as
                + "&pw="
                + pw
                + "&kind="
                + kind
                + (kind.equals("SITE_ADMIN") ? "&site=" : "&number=")
                + target);
    return answer.split(" ", 2);
  }

  @Test
  void aVoiceGroupAdministratorStaysInItsVoiceGroup() {
    assertThat(number("vg:Y15000001", "", YOKOHAMA_NUMBER, "FORWARDING")).isEqualTo("ok");
    assertThat(number("vg:Y15000001", "", OSAKA_NUMBER, "FORWARDING")).isEqualTo("NOT_ALLOWED");
    assertThat(number("vg:Y15000001", "", YOKOHAMA_NUMBER, "MESSAGE_BOX_MESSAGES"))
        .as("recorded messages are the number user's only")
        .isEqualTo("NOT_ALLOWED");
    long before = count("SELECT COUNT(*) FROM settings_account");
    assertThat(register("vg:Y15000001", "", "SITE_ADMIN", "2000001"))
        .containsExactly("INVALID", "[SITE_NOT_IN_SCOPE]");
    assertThat(register("vg:Y15000001", "", "SITE_ADMIN", "3000001"))
        .as("another customer's site")
        .containsExactly("INVALID", "[SITE_NOT_IN_SCOPE]");
    assertThat(count("SELECT COUNT(*) FROM settings_account")).isEqualTo(before);
  }

  @Test
  void aSiteAdministratorStaysOnItsSite() {
    String[] admin = register("vg:Y15000001", "", "SITE_ADMIN", "1000001");
    String[] other = register("vg:Y15000001", "", "SITE_ADMIN", "1000002");
    assertThat(number(admin[0], admin[1], TOKYO_NUMBER, "HUNT_GROUP_OUTGOING_RESTRICTION"))
        .isEqualTo("ok");
    assertThat(number(admin[0], admin[1], YOKOHAMA_NUMBER, "FORWARDING")).isEqualTo("NOT_ALLOWED");
    assertThat(register(admin[0], admin[1], "NUMBER_USER", YOKOHAMA_NUMBER))
        .containsExactly("INVALID", "[NUMBER_NOT_IN_SCOPE]");
    assertThat(register(admin[0], admin[1], "SITE_ADMIN", "1000002"))
        .containsExactly("INVALID", "[SITE_NOT_IN_SCOPE]");
    assertThat(
            support(
                "/settings-site/accounts/unlock?as="
                    + admin[0]
                    + "&pw="
                    + admin[1]
                    + "&account="
                    + other[0]))
        .isEqualTo("NOT_ALLOWED");
    assertThat(
            support(
                "/settings-site/accounts/delete?as="
                    + admin[0]
                    + "&pw="
                    + admin[1]
                    + "&account="
                    + other[0]))
        .isEqualTo("NOT_ALLOWED");
    assertThat(count("SELECT COUNT(*) FROM settings_account WHERE login_id = '" + other[0] + "'"))
        .isEqualTo(1);
    assertThat(
            support(
                "/settings-site/accounts/delete?as="
                    + admin[0]
                    + "&pw="
                    + admin[1]
                    + "&account="
                    + admin[0]))
        .as("not its own account")
        .isEqualTo("NOT_ALLOWED");
  }

  @Test
  void aNumberUserHasItsNumberOnly() {
    String own = "03500001" + String.format("%02d", 10 + new Random().nextInt(80));
    String[] user = register("vg:Y15000001", "", "NUMBER_USER", own);
    assertThat(user[0]).matches("W\\d{9}");
    assertThat(number(user[0], user[1], own, "FORWARDING")).isEqualTo("ok");
    assertThat(number(user[0], user[1], own, "MESSAGE_BOX_MESSAGES")).isEqualTo("ok");
    assertThat(number(user[0], user[1], own, "HUNT_GROUP_OUTGOING_RESTRICTION"))
        .as("not a number user's function")
        .isEqualTo("NOT_ALLOWED");
    assertThat(number(user[0], user[1], TOKYO_NUMBER, "FORWARDING")).isEqualTo("NOT_ALLOWED");
    assertThat(register(user[0], user[1], "NUMBER_USER", TOKYO_NUMBER))
        .containsExactly("NOT_ALLOWED");
    assertThat(register("vg:Y15000001", "", "NUMBER_USER", own))
        .as("one account per number")
        .containsExactly("INVALID", "[NUMBER_HAS_ACCOUNT]");
  }

  @Test
  void aBusinessMobileLoginHasNoNumbers() {
    String id = String.format("BS%08d", new Random().nextInt(100_000_000));
    support("/settings-site/business-mobile?login=" + id);
    assertThat(number(id, "Demo-pass1", TOKYO_NUMBER, "FORWARDING")).isEqualTo("NOT_ALLOWED");
    assertThat(register(id, "Demo-pass1", "SITE_ADMIN", "1000001")).containsExactly("NOT_ALLOWED");
  }

  @Test
  void passwordChangeChecksTheCurrentPasswordAndTheRule() {
    String[] admin = register("vg:Y15000001", "", "SITE_ADMIN", "1000001");
    String base = "/settings-site/accounts/password?as=" + admin[0] + "&pw=" + admin[1];
    assertThat(support(base + "&current=wrong-pass1&password=NewPass123"))
        .isEqualTo("INVALID [CURRENT_PASSWORD_WRONG]");
    assertThat(support(base + "&current=" + admin[1] + "&password=onlyletters"))
        .isEqualTo("INVALID [PASSWORD_NEEDS_DIGIT]");
    assertThat(support(base + "&current=" + admin[1] + "&password=" + "a1".repeat(21)))
        .isEqualTo("INVALID [PASSWORD_LENGTH]");
    assertThat(support(base + "&current=" + admin[1] + "&password=" + "a1".repeat(20)))
        .isEqualTo("ok");
    assertThat(support("/settings-site/login?login=" + admin[0] + "&password=" + "a1".repeat(20)))
        .isEqualTo("SIGNED_IN");
    assertThat(
            support(
                "/settings-site/accounts/password?as=vg:Y15000001&current=x&password=NewPass123"))
        .as("a voice-group administrator's password is the portal's")
        .isEqualTo("NOT_ALLOWED");
  }

  /** Two simultaneous requests with one token: exactly one of them opens the site. */
  @Test
  void aHandOffTokenOpensTheSiteOnceEvenUnderTwoSimultaneousRequests() throws Exception {
    for (int round = 0; round < 5; round++) {
      String token =
          support("/settings-site/handoff/issue?as=admin@sample-shoji.example&vg=Y15000002");
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return support("/settings-site/handoff/redeem?token=" + token);
                  }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> answer : answers) {
          results.add(answer.get());
        }
        assertThat(results)
            .as("round " + round)
            .containsExactlyInAnyOrder("VOICE_GROUP_ADMIN Y15000002 西日本グループ", "NONE");
      } finally {
        pool.shutdown();
      }
    }
  }

  /**
   * A token works only in the browser session that asked for it; presented from another one it is
   * refused and used up. The hand-off page redeems nothing on a GET.
   */
  @Test
  void aHandOffTokenIsBoundToTheSessionThatAskedForIt() {
    String token =
        support("/settings-site/handoff/issue?as=admin@sample-shoji.example&vg=Y15000002&key=mine");
    assertThat(support("/settings-site/handoff/redeem?token=" + token + "&key=someone-else"))
        .isEqualTo("NONE");
    assertThat(support("/settings-site/handoff/redeem?token=" + token + "&key=mine"))
        .as("used up by the refused attempt")
        .isEqualTo("NONE");

    String fresh =
        support("/settings-site/handoff/issue?as=admin@sample-shoji.example&vg=Y15000002&key=mine");
    HttpResponse<String> get = Urls.get(Urls.APP + "/settings/handoff?token=" + fresh);
    assertThat(get.statusCode()).isEqualTo(302);
    assertThat(get.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/settings/login.xhtml?handoff=invalid"));
    assertThat(support("/settings-site/handoff/redeem?token=" + fresh + "&key=mine"))
        .as("the GET did not use it")
        .isEqualTo("VOICE_GROUP_ADMIN Y15000002 西日本グループ");
  }

  @Test
  void theHandOffIsSingleUseShortLivedAndForEditableVoiceGroupsOnly() {
    String token =
        support("/settings-site/handoff/issue?as=admin@sample-shoji.example&vg=Y15000002");
    assertThat(support("/settings-site/handoff/redeem?token=" + token))
        .isEqualTo("VOICE_GROUP_ADMIN Y15000002 西日本グループ");
    assertThat(support("/settings-site/handoff/redeem?token=" + token))
        .as("single use")
        .isEqualTo("NONE");

    String late =
        support("/settings-site/handoff/issue?as=admin@sample-shoji.example&vg=Y15000002");
    support("/clock/shift?seconds=120");
    assertThat(support("/settings-site/handoff/redeem?token=" + late))
        .as("2 minutes later")
        .isEqualTo("NONE");

    assertThat(support("/settings-site/handoff/issue?as=suzuki@sample-shoji.example&vg=Y15000001"))
        .as("a user in no group edits nothing")
        .isEqualTo("NOT_ALLOWED");
    assertThat(support("/settings-site/handoff/issue?as=admin@sample-shoji.example&vg=Y25000001"))
        .as("another customer's voice group")
        .isEqualTo("NOT_ALLOWED");
  }
}
