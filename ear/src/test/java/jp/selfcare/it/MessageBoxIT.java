package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * メッセージボックス through the service (spec 30-settings-site.md §6, 70-mail.md): addresses with
 * conditions, guidance and a hashed PIN stored; the 設定完了 mail to each configured address through
 * the JMS mail path (received by SMTP), only when the addresses changed; every rule refused with
 * nothing stored; the number user's recorded messages listed and deleted.
 */
@ExtendWith(ArquillianExtension.class)
class MessageBoxIT {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  private static final String ADMIN = "vg:Y15000001";

  /** 東京本社 numbers with the message box (index 4n+1) no other test touches. */
  private static final String NUMBER = "0350000005";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String change(String as, String number, String rows, String rest) {
    return support(
        "/message-box/change?as="
            + as
            + "&number="
            + number
            + "&rows="
            + URLEncoder.encode(rows, StandardCharsets.UTF_8)
            + rest);
  }

  @Test
  void settingsAreStoredAndEachConfiguredAddressGetsTheCompletedMail() throws Exception {
    String rows =
        "box1@example.jp|box1@example.jp|ON_RECORD|1;box2@example.jp|box2@example.jp|ON_CALL|0";

    String answer = change(ADMIN, NUMBER, rows, "&guidance=ANSWER_AND_RECORD&pin=2580&pin2=2580");

    assertThat(answer).startsWith("OK ").endsWith(" 2");
    assertThat(support("/message-box/open?as=" + ADMIN + "&number=" + NUMBER))
        .isEqualTo(
            "ANSWER_AND_RECORD true 1:box1@example.jp:ON_RECORD:true 2:box2@example.jp:ON_CALL:false");
    MimeMessage first = ItMail.awaitMail(smtp, "box1@example.jp", 1);
    assertThat(first.getSubject()).isEqualTo("【IP Voice】メッセージボックス設定完了のお知らせ");
    assertThat(ItMail.text(first))
        .contains("IP電話番号：" + NUMBER)
        .contains("録音時に通知")
        .contains("音声ファイル添付：有");
    assertThat(ItMail.text(ItMail.awaitMail(smtp, "box2@example.jp", 1))).contains("着信時に通知");
    assertThat(
            count(
                "SELECT COUNT(*) FROM message_box b JOIN ip_number n ON n.id = b.ip_number_id"
                    + " WHERE n.number = '"
                    + NUMBER
                    + "' AND b.pin_hash LIKE '$argon2%' AND b.pin_hash NOT LIKE '%2580%'"))
        .as("the PIN is stored hashed")
        .isEqualTo(1);
    String operation = answer.split(" ")[1];
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + operation
                    + " AND operation_type = 'MESSAGE_BOX' AND new_value::jsonb #> '{value,pinChanged}' = 'true'::jsonb"
                    + " AND new_value NOT LIKE '%2580%'"))
        .isEqualTo(1);

    String guidanceOnly = change(ADMIN, NUMBER, rows, "&guidance=ANSWER_ONLY&pin=&pin2=");
    assertThat(guidanceOnly).as("same addresses, new guidance, PIN kept: no mail").endsWith(" 0");
    assertThat(support("/message-box/open?as=" + ADMIN + "&number=" + NUMBER))
        .startsWith("ANSWER_ONLY true ");
    assertThat(ItMail.mailsTo(smtp, "box1@example.jp")).hasSize(1);

    assertThat(
            support("/message-box/undo?as=" + ADMIN + "&operation=" + guidanceOnly.split(" ")[1]))
        .startsWith("OK ");
    assertThat(support("/message-box/open?as=" + ADMIN + "&number=" + NUMBER))
        .as("guidance restored, PIN still set, addresses unchanged")
        .startsWith("ANSWER_AND_RECORD true 1:box1@example.jp");
    assertThat(ItMail.mailsTo(smtp, "box1@example.jp"))
        .as("addresses unchanged: no mail")
        .hasSize(1);
  }

  @Test
  void badInputIsRefusedWithEveryRuleAndNothingIsStoredOrSent() {
    String number = "0350000009";
    String answer =
        change(
            ADMIN,
            number,
            "x@example.jp|y@example.jp|ON_RECORD|1;bad|bad|ON_CALL|0;ok@example.jp|ok@example.jp||0",
            "&guidance=ANSWER_AND_RECORD&pin=6789&pin2=6789");

    assertThat(answer)
        .isEqualTo(
            "INVALID [1:ADDRESS_CONFIRMATION 2:ADDRESS_FORMAT 3:NOTIFY_REQUIRED 0:PIN_SEQUENCE]");
    assertThat(change(ADMIN, number, "", "&guidance=ANSWER_AND_RECORD&pin=&pin2="))
        .as("a box without a PIN needs one")
        .isEqualTo("INVALID [0:PIN_REQUIRED]");
    assertThat(
            count(
                "SELECT COUNT(*) FROM message_box b JOIN ip_number n ON n.id = b.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "'"))
        .isZero();
    assertThat(ItMail.mailsTo(smtp, "x@example.jp")).isEmpty();
    assertThat(ItMail.mailsTo(smtp, "ok@example.jp")).isEmpty();
  }

  @Test
  void withoutTheContractOrOutOfScopeNothingIsAllowed() {
    String rows = "z@example.jp|z@example.jp|ON_RECORD|0";
    assertThat(change(ADMIN, "0350000002", rows, "&guidance=ANSWER_ONLY&pin=2580&pin2=2580"))
        .as("no message box contract")
        .isEqualTo("NOT_ALLOWED");
    assertThat(change("vg:Y15000002", NUMBER, rows, "&guidance=ANSWER_ONLY&pin=2580&pin2=2580"))
        .isEqualTo("NOT_ALLOWED");
    assertThat(ItMail.mailsTo(smtp, "z@example.jp")).isEmpty();
  }

  @Test
  void theNumberUserListsAndDeletesItsRecordedMessages() {
    String mine = "0350000001";
    String before = support("/message-box/messages?as=W000000003&number=" + mine);
    long kept = Long.parseLong(before.split(" ")[0]);
    assertThat(kept).isPositive();
    String newest = before.split(" ")[1];

    assertThat(
            support(
                "/message-box/messages/delete?as=W000000003&number=" + mine + "&code=" + newest))
        .isEqualTo("1");

    String after = support("/message-box/messages?as=W000000003&number=" + mine);
    assertThat(after).startsWith((kept - 1) + "").doesNotContain(newest);
    assertThat(support("/message-box/messages?as=W000000003&number=" + NUMBER))
        .as("another number's box")
        .isEqualTo("NOT_ALLOWED");
    assertThat(support("/message-box/messages?as=" + ADMIN + "&number=" + mine))
        .as("the message list is the number user's own")
        .isEqualTo("NOT_ALLOWED");
  }
}
