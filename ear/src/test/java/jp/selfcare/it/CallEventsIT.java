package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Call events (spec 50-routing.md): MESSAGE_RECORDED stores the message (20 kept, the oldest
 * dropped) and mails 録音時に通知 addresses with the WAV where 添付 is 有; INCOMING_CALL mails 着信時に通知
 * addresses; both through the JMS mail path, received here by SMTP.
 */
@ExtendWith(ArquillianExtension.class)
class CallEventsIT {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  /** 東京本社: a number with the message box (4n+1) that no other test touches. */
  private static final String NUMBER = "0350000021";

  private static final byte[] WAV =
      "RIFF....WAVEfmt fake-audio".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static HttpResponse<String> event(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:8080/api/routing/v1/events"))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", ItDatabase.ROUTING_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static void configureBox() {
    String rows =
        "rec@example.jp|rec@example.jp|ON_RECORD|1;plain@example.jp|plain@example.jp|ON_RECORD|0;"
            + "calls@example.jp|calls@example.jp|ON_CALL|0";
    assertThat(
            support(
                "/message-box/change?as=vg:Y15000001&number="
                    + NUMBER
                    + "&rows="
                    + URLEncoder.encode(rows, StandardCharsets.UTF_8)
                    + "&guidance=ANSWER_AND_RECORD&pin=2580&pin2=2580"))
        .startsWith("OK ");
  }

  /** The first mail to the address with this subject, once it has arrived. */
  private static MimeMessage mailWithSubject(String address, String subject) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              for (MimeMessage m : ItMail.mailsTo(smtp, address)) {
                if (subject.equals(m.getSubject())) {
                  return m;
                }
              }
              return null;
            },
            m -> m != null);
  }

  private static long stored() {
    return count(
        "SELECT COUNT(*) FROM recorded_message m JOIN ip_number n ON n.id = m.ip_number_id"
            + " WHERE n.number = '"
            + NUMBER
            + "'");
  }

  @Test
  void aRecordedMessageIsStoredAndMailedWithItsRecording() throws Exception {
    configureBox();
    String body =
        "{\"type\":\"MESSAGE_RECORDED\",\"number\":\""
            + NUMBER
            + "\",\"caller\":\"09011112222\",\"at\":\"2026-12-07T01:02:00Z\",\"seconds\":17,"
            + "\"audio\":\""
            + Base64.getEncoder().encodeToString(WAV)
            + "\"}";

    HttpResponse<String> answer = event(body);

    assertThat(answer.body()).isEqualTo("{\"status\":\"ACCEPTED\"}");
    assertThat(stored()).isEqualTo(1);
    MimeMessage withWav = mailWithSubject("rec@example.jp", "09011112222から留守録あり");
    MimeMultipart parts = (MimeMultipart) withWav.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat((String) parts.getBodyPart(0).getContent())
        .contains("着信日時：2026/12/07 10:02")
        .contains("録音時間[秒]：17")
        .contains("録音件数：1/20");
    assertThat(parts.getBodyPart(1).getFileName()).endsWith(".wav");
    assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(WAV);
    MimeMessage plain = mailWithSubject("plain@example.jp", "09011112222から留守録あり");
    assertThat(plain.getContent()).as("添付 無: text only").isInstanceOf(String.class);
    for (MimeMessage m : ItMail.mailsTo(smtp, "calls@example.jp")) {
      assertThat(m.getSubject()).as("着信時に通知 only").doesNotContain("留守録");
    }

    for (int i = 0; i < 21; i++) {
      assertThat(
              event(
                      "{\"type\":\"MESSAGE_RECORDED\",\"number\":\""
                          + NUMBER
                          + "\",\"at\":\"2026-12-08T0"
                          + (i % 10)
                          + ":"
                          + (10 + i)
                          + ":00Z\",\"seconds\":5}")
                  .body())
          .isEqualTo("{\"status\":\"ACCEPTED\"}");
    }
    assertThat(stored()).as("the oldest dropped past 20").isEqualTo(20);
    // Every queued mail arrives before this class's SMTP server stops (none left for later tests).
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> recordedMails("rec@example.jp") == 22 && recordedMails("plain@example.jp") == 22);
    for (String address : new String[] {"rec@example.jp", "plain@example.jp", "calls@example.jp"}) {
      mailWithSubject(address, "【IP Voice】メッセージボックス設定完了のお知らせ");
    }
  }

  private static long recordedMails(String address) throws Exception {
    long n = 0;
    for (MimeMessage m : ItMail.mailsTo(smtp, address)) {
      if (m.getSubject().endsWith("から留守録あり")) {
        n++;
      }
    }
    return n;
  }

  @Test
  void anIncomingCallMailsTheOnCallAddresses() throws Exception {
    configureBox();
    assertThat(
            event(
                    "{\"type\":\"INCOMING_CALL\",\"number\":\""
                        + NUMBER
                        + "\",\"at\":\"2026-12-07T03:00:00Z\"}")
                .body())
        .isEqualTo("{\"status\":\"ACCEPTED\"}");
    MimeMessage mail = mailWithSubject("calls@example.jp", "非通知から着信あり");
    assertThat(ItMail.text(mail)).contains("着信電話番号：" + NUMBER);
  }

  @Test
  void badEventsAreProblemsAndUnknownNumbersAreSaidSo() throws Exception {
    HttpResponse<String> bad = event("{\"type\":\"HANGUP\",\"number\":\"" + NUMBER + "\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("'type' must be");
    assertThat(
            event("{\"type\":\"MESSAGE_RECORDED\",\"number\":\"" + NUMBER + "\",\"seconds\":-1}")
                .statusCode())
        .isEqualTo(400);
    assertThat(event("{\"type\":\"INCOMING_CALL\",\"number\":\"0399999999\"}").body())
        .isEqualTo("{\"status\":\"NOT_IN_SERVICE\"}");
  }
}
