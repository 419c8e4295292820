package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Web Billing members as the services enforce it (60-web-billing.md, 10-identity.md §3): the login
 * with its lockout and the secret question, a cancelled member refused, the login data changes with
 * "not one of the last three" and their mail, the 24-hour mail change link (expired, wrong answer,
 * single use, the old address in force until then), and the 200 target lines of one holder. Time
 * moves on the server's shiftable clock, never by sleeping.
 */
@ExtendWith(ArquillianExtension.class)
class BillingMembersIT {

  private static final String PASSWORD = "Keiri-2026";

  private static final Pattern CONFIRM_LINK =
      Pattern.compile("http\\S+/billing/confirm\\.xhtml\\?token=(\\S+)");

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A registered member of サンプル商事 with 0350000000 as its line; its login ID. */
  private static String member(String loginId, boolean secretAuth, String mail) {
    support(
        "/members/new?customer=N100000001&login="
            + q(loginId)
            + "&password="
            + q(PASSWORD)
            + "&answer="
            + q("ポチ")
            + "&secretAuth="
            + secretAuth
            + "&mail="
            + q(mail)
            + "&lines=0350000000");
    return loginId;
  }

  private static String login(String loginId, String password) {
    return support("/members/login?login=" + q(loginId) + "&password=" + q(password));
  }

  private static String audit(String loginId, String event) {
    return "SELECT COUNT(*) FROM audit_event WHERE application = 'billing' AND account = '"
        + loginId
        + "' AND event = '"
        + event
        + "'";
  }

  @Test
  void fiveFailuresLockForThirtyMinutesAndTheLoginIdIsCaseSensitive() {
    String id = member("Lock2026a", false, "lock-a@sample-shoji.example");
    assertThat(login("lock2026a", PASSWORD)).as("another login ID").isEqualTo("REJECTED");
    for (int i = 1; i <= 4; i++) {
      assertThat(login(id, "Wrong-2026")).isEqualTo("REJECTED");
    }
    assertThat(login(id, "Wrong-2026")).isEqualTo("LOCKED");
    assertThat(login(id, PASSWORD)).as("locked: the right password too").isEqualTo("LOCKED");
    support("/clock/shift?seconds=" + (30 * 60 - 1));
    assertThat(login(id, PASSWORD)).isEqualTo("LOCKED");
    support("/clock/shift?seconds=1");
    assertThat(login(id, PASSWORD)).isEqualTo("SIGNED_IN");
    assertThat(count(audit(id, "ACCOUNT_LOCKED"))).isOne();
    assertThat(count(audit(id, "LOGIN_SUCCEEDED"))).isOne();
  }

  @Test
  void theSecretQuestionMustBeAnsweredExactly() {
    String id = member("Quest2026a", true, "quest-a@sample-shoji.example");
    assertThat(
            support(
                "/members/login?login=" + id + "&password=" + q(PASSWORD) + "&answer=" + q("ﾎﾟﾁ")))
        .as("half-width for a full-width answer")
        .isEqualTo("QUESTION FIRST_PET WRONG_ANSWER");
    assertThat(
            support(
                "/members/login?login=" + id + "&password=" + q(PASSWORD) + "&answer=" + q("ポチ")))
        .isEqualTo("QUESTION FIRST_PET SIGNED_IN");
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member WHERE login_id = '"
                    + id
                    + "' AND failures = 0 AND last_login_at IS NOT NULL"))
        .as("the success reset the wrong answer's count")
        .isOne();
  }

  @Test
  void aCancelledMemberCannotLogInAndItsDataStay() {
    String id = member("Cancel2026a", false, "cancel-a@sample-shoji.example");
    assertThat(support("/members/cancel?as=" + id + "&pw=" + q(PASSWORD)))
        .as("no reason")
        .isEqualTo("INVALID [REASON_MISSING]");
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member WHERE login_id = '"
                    + id
                    + "' AND state = 'ACTIVE'"))
        .isOne();
    assertThat(support("/members/cancel?as=" + id + "&pw=" + q(PASSWORD) + "&reason=PREFER_PAPER"))
        .isEqualTo("OK");
    assertThat(login(id, PASSWORD)).isEqualTo("CANCELLED");
    assertThat(login(id, "Wrong-2026"))
        .as("nothing told without the password")
        .isEqualTo("REJECTED");
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member m JOIN billing_member_line l"
                    + " ON l.member_id = m.id WHERE m.login_id = '"
                    + id
                    + "' AND m.state = 'CANCELLED' AND m.cancel_reason = 'PREFER_PAPER'"))
        .as("kept for the retention period")
        .isOne();

    String kept = "SELECT COUNT(*) FROM billing_member WHERE login_id = '" + id + "'";
    support("/clock/shift?seconds=" + (Duration.ofDays(7 * 365).toSeconds()));
    support("/members/retention");
    assertThat(count(kept)).as("less than 7 years (two leap days short)").isOne();
    support("/clock/shift?seconds=" + Duration.ofDays(3).toSeconds());
    support("/members/retention");
    assertThat(count(kept)).as("7 years after the cancellation").isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member_line l WHERE NOT EXISTS (SELECT 1 FROM"
                    + " billing_member m WHERE m.id = l.member_id)"))
        .isZero();
  }

  private static String changePassword(String id, String current, String next) {
    return support(
        "/members/credentials?as="
            + q(id)
            + "&pw="
            + q(current)
            + "&kind=PASSWORD&currentPw="
            + q(current)
            + "&newPw="
            + q(next)
            + "&newPwAgain="
            + q(next));
  }

  private static String changeLoginId(String id, String password, String next) {
    return support(
        "/members/credentials?as="
            + q(id)
            + "&pw="
            + q(password)
            + "&kind=LOGIN_ID&currentId="
            + q(id)
            + "&newId="
            + q(next)
            + "&newIdAgain="
            + q(next)
            + "&currentPw="
            + q(password));
  }

  @Test
  void passwordsAndLoginIdsAreNotOneOfTheLastThree() throws Exception {
    String id = member("Hist2026a", false, "hist-a@sample-shoji.example");
    assertThat(changePassword(id, PASSWORD, PASSWORD))
        .as("the current one")
        .isEqualTo("INVALID [PASSWORD_RECENTLY_USED]");
    assertThat(changePassword(id, PASSWORD, "Second-2026")).isEqualTo(id + " OK");
    assertThat(changePassword(id, "Second-2026", "Third-2026")).isEqualTo(id + " OK");
    assertThat(changePassword(id, "Third-2026", PASSWORD))
        .as("two back")
        .isEqualTo("INVALID [PASSWORD_RECENTLY_USED]");
    assertThat(changePassword(id, "Third-2026", "Fourth-2026")).isEqualTo(id + " OK");
    assertThat(changePassword(id, "Fourth-2026", PASSWORD))
        .as("four back: allowed again")
        .isEqualTo(id + " OK");
    assertThat(login(id, "Fourth-2026")).isEqualTo("REJECTED");
    assertThat(login(id, PASSWORD)).isEqualTo("SIGNED_IN");

    ItMail.awaitMail(smtp, "hist-a@sample-shoji.example", 4);
    MimeMessage[] mails = ItMail.mailsTo(smtp, "hist-a@sample-shoji.example");
    assertThat(mails).hasSize(4);
    String text = ItMail.text(mails[0]);
    assertThat(mails[0].getSubject()).isEqualTo("【WebBilling】ログイン情報変更のお知らせ");
    assertThat(text).contains("ログインパスワードが変更されました").doesNotContain("Second-2026");

    assertThat(changeLoginId(id, PASSWORD, "Hist2026b")).isEqualTo("Hist2026b OK");
    assertThat(changeLoginId("Hist2026b", PASSWORD, "Hist2026c")).isEqualTo("Hist2026c OK");
    assertThat(changeLoginId("Hist2026c", PASSWORD, id))
        .as("two back")
        .isEqualTo("INVALID [LOGIN_ID_RECENTLY_USED]");
    assertThat(changeLoginId("Hist2026c", PASSWORD, "Hist2026d")).isEqualTo("Hist2026d OK");
    assertThat(changeLoginId("Hist2026d", PASSWORD, id))
        .as("three back: allowed again")
        .isEqualTo(id + " OK");
    assertThat(login("Hist2026d", PASSWORD)).as("the old ID is gone").isEqualTo("REJECTED");
    assertThat(login(id, PASSWORD)).isEqualTo("SIGNED_IN");
  }

  @Test
  void everyRuleOfTheLoginDataChangeIsNamedAndNothingChanges() {
    String id = member("Rule2026a", false, "rule-a@sample-shoji.example");
    member("Taken2026a", false, "taken-a@sample-shoji.example");
    assertThat(
            support(
                "/members/credentials?as="
                    + id
                    + "&pw="
                    + q(PASSWORD)
                    + "&kind=BOTH&currentId=rule2026a&newId=Taken2026a&newIdAgain=Taken2026b"
                    + "&currentPw=wrong&newPw="
                    + q("xTaken2026ax")
                    + "&newPwAgain=other"))
        .isEqualTo(
            "INVALID [CURRENT_LOGIN_ID_WRONG, CURRENT_PASSWORD_WRONG,"
                + " LOGIN_ID_CONFIRMATION_DIFFERS, LOGIN_ID_TAKEN, PASSWORD_CONFIRMATION_DIFFERS,"
                + " PASSWORD_CONTAINS_LOGIN_ID]");
    assertThat(
            support(
                "/members/credentials?as="
                    + id
                    + "&pw="
                    + q(PASSWORD)
                    + "&kind=LOGIN_ID&currentId="
                    + id
                    + "&newId="
                    + q("AKeiri-2026Z")
                    + "&newIdAgain="
                    + q("AKeiri-2026Z")
                    + "&currentPw="
                    + q(PASSWORD)))
        .as("the new login ID contains the password")
        .isEqualTo("INVALID [LOGIN_ID_CONTAINS_PASSWORD]");
    assertThat(login(id, PASSWORD)).isEqualTo("SIGNED_IN");
    assertThat(ItMail.mailsTo(smtp, "rule-a@sample-shoji.example")).isEmpty();
  }

  private static String confirmToken(String address, int nth) throws Exception {
    MimeMessage sent = ItMail.awaitMail(smtp, address, nth);
    assertThat(sent.getSubject()).isEqualTo("【WebBilling】お申し込みURLのご連絡");
    String text = ItMail.text(sent);
    assertThat(text).contains("24時間");
    Matcher link = CONFIRM_LINK.matcher(text);
    assertThat(link.find()).as("the link in: " + text).isTrue();
    return link.group(1);
  }

  private static String requestMailChange(String id, String mail, String answer) {
    return support(
        "/members/mail-change?as="
            + id
            + "&pw="
            + q(PASSWORD)
            + "&mail="
            + q(mail)
            + "&again="
            + q(mail)
            + "&question=BIRTHPLACE&answer="
            + q(answer));
  }

  private static String contactMail(String id, String mail) {
    return "SELECT COUNT(*) FROM billing_member WHERE login_id = '"
        + id
        + "' AND contact_mail = '"
        + mail
        + "'";
  }

  @Test
  void aNewContactMailTakesTheLinkAndTheExactAnswerWithinTwentyFourHours() throws Exception {
    String id = member("Mail2026a", false, "mail-old@sample-shoji.example");
    assertThat(
            support(
                "/members/mail-change?as="
                    + id
                    + "&pw="
                    + q(PASSWORD)
                    + "&mail=not-an-address&again=x&answer="))
        .isEqualTo("INVALID [MAIL_INVALID, QUESTION_MISSING, SECRET_ANSWER_EMPTY]");

    assertThat(requestMailChange(id, "mail-new1@sample-shoji.example", "名古屋")).isEqualTo("OK");
    String expiring = confirmToken("mail-new1@sample-shoji.example", 1);
    assertThat(count(contactMail(id, "mail-old@sample-shoji.example")))
        .as("the old address stays in force")
        .isOne();
    support("/clock/shift?seconds=" + Duration.ofHours(24).toSeconds());
    assertThat(support("/members/confirm?token=" + expiring)).isEqualTo("EXPIRED");
    assertThat(
            support(
                "/members/confirm?token=" + expiring + "&question=BIRTHPLACE&answer=" + q("名古屋")))
        .isEqualTo("INVALID [LINK_INVALID]");
    Urls.post(Urls.SUPPORT + "/clock/reset");

    assertThat(requestMailChange(id, "mail-new2@sample-shoji.example", "名古屋")).isEqualTo("OK");
    String token = confirmToken("mail-new2@sample-shoji.example", 1);
    assertThat(
            support("/members/confirm?token=" + token + "&question=BIRTHPLACE&answer=" + q("ﾅｺﾞﾔ")))
        .isEqualTo("INVALID [SECRET_WRONG]");
    assertThat(
            support("/members/confirm?token=" + token + "&question=FIRST_PET&answer=" + q("名古屋")))
        .as("another question")
        .isEqualTo("INVALID [SECRET_WRONG]");
    assertThat(count(contactMail(id, "mail-old@sample-shoji.example"))).isOne();
    assertThat(
            support("/members/confirm?token=" + token + "&question=BIRTHPLACE&answer=" + q("名古屋")))
        .isEqualTo("OK");
    assertThat(count(contactMail(id, "mail-new2@sample-shoji.example"))).isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member WHERE login_id = '"
                    + id
                    + "' AND secret_question = 'BIRTHPLACE' AND failures = 2"))
        .as("the question chosen with the change is the member's; wrong answers counted")
        .isOne();
    assertThat(support("/members/confirm?token=" + token)).isEqualTo("USED");
    assertThat(
            support("/members/confirm?token=" + token + "&question=BIRTHPLACE&answer=" + q("名古屋")))
        .isEqualTo("INVALID [LINK_INVALID]");
  }

  @Test
  void twoHundredLinesOfOneHolderAndNoOtherHolder() {
    String id = member("Lines2026a", false, "lines-a@sample-shoji.example");
    String as = "/members/lines?as=" + id + "&pw=" + q(PASSWORD);
    assertThat(support(as + "&add=0525000000"))
        .as("テスト物産's number")
        .isEqualTo("INVALID 0525000000=LINE_HOLDER_DIFFERS");
    assertThat(support(as + "&add=0111111111,0350000000"))
        .isEqualTo("INVALID 0111111111=LINE_UNKNOWN 0350000000=LINE_ALREADY_REGISTERED");
    support("/members/fill?login=" + id + "&total=199");
    assertThat(support(as + "&add=0350000001")).as("the 200th").isEqualTo("OK");
    assertThat(
            support("/members/check-line?as=" + id + "&pw=" + q(PASSWORD) + "&number=0350000002"))
        .isEqualTo("TOO_MANY_LINES");
    assertThat(support(as + "&add=0350000002")).as("the 201st").isEqualTo("INVALID TOO_MANY_LINES");
    String held =
        "SELECT COUNT(*) FROM billing_member_line l JOIN billing_member m ON m.id = l.member_id"
            + " WHERE m.login_id = '"
            + id
            + "'";
    assertThat(count(held)).isEqualTo(200);
    assertThat(support(as + "&add=0350000002&remove=0350000001"))
        .as("one out, one in")
        .isEqualTo("OK");
    assertThat(count(held)).isEqualTo(200);
    assertThat(count(held + " AND l.number = '0350000001'")).isZero();
  }
}
