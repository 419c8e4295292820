package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mail path end to end: producer port → MailQueue (Artemis) → MDB → WildFly mail session → a
 * real SMTP server (GreenMail). A mail arrives once; with SMTP down it waits on the queue and
 * arrives once SMTP is back.
 */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void aQueuedMailArrivesOnceEvenWhenQueuedTwice() throws Exception {
    String id = "it-" + UUID.randomUUID();
    queue(id, "tanaka@example.co.jp", "ワンタイムパスワードのお知らせ");
    await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);

    queue(id, "tanaka@example.co.jp", "ワンタイムパスワードのお知らせ");
    await().atMost(Duration.ofSeconds(30)).until(() -> queueAttribute("message-count") == 0);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("ワンタイムパスワードのお知らせ");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("tanaka@example.co.jp");
    assertThat(received[0].getHeader("X-Selfcare-Message-Id")[0]).isEqualTo(id);
    assertThat((String) received[0].getContent()).contains("本文: ワンタイムパスワードのお知らせ");
  }

  @Test
  void aMailQueuedWhileSmtpIsDownIsDeliveredOnceWhenItReturns() throws Exception {
    smtp.stop();
    long dlqBefore = dlqAttribute("message-count");
    String id = "it-" + UUID.randomUUID();
    queue(id, "suzuki@example.co.jp", "登録受付");

    // A message is "scheduled" only after a rolled-back delivery: the first attempt failed
    // and the message waits for its redelivery.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> queueAttribute("scheduled-count") >= 1);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    smtp.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length == 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> queueAttribute("message-count") == 0);

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("登録受付");
    assertThat(dlqAttribute("message-count")).isEqualTo(dlqBefore);
  }

  private static void queue(String id, String to, String subject) {
    String url =
        Urls.SUPPORT
            + "/mail?id="
            + id
            + "&to="
            + to
            + "&subject="
            + URLEncoder.encode(subject, StandardCharsets.UTF_8);
    assertThat(Urls.post(url).statusCode()).isEqualTo(200);
  }

  private long queueAttribute(String name) throws IOException {
    return attribute("MailQueue", name);
  }

  private long dlqAttribute(String name) throws IOException {
    return attribute("MailDLQ", name);
  }

  private long attribute(String queue, String name) throws IOException {
    ModelNode address =
        Operations.createAddress(
            "subsystem", "messaging-activemq", "server", "default", "jms-queue", queue);
    ModelNode result =
        management
            .getControllerClient()
            .execute(Operations.createReadAttributeOperation(address, name));
    assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
    return Operations.readResult(result).asLong();
  }
}
