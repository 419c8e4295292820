package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what the server mailed to the tests' SMTP server (GreenMail), per recipient. */
final class ItMail {

  /** The portal's "ワンタイムパスワード: 123456", or the settings site's code between rules. */
  private static final Pattern CODE =
      Pattern.compile("(?:ワンタイムパスワード|One-time password): (\\d{6})|(?:ーーーーー|-----)\\s+(\\d{6})\\s+");

  private ItMail() {}

  /** Every mail received for {@code address}, oldest first. */
  static MimeMessage[] mailsTo(GreenMailExtension smtp, String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
              } catch (MessagingException e) {
                return false;
              }
            })
        .toArray(MimeMessage[]::new);
  }

  /** Waits for the {@code nth} (1-based) mail to {@code address} and returns it. */
  static MimeMessage awaitMail(GreenMailExtension smtp, String address, int nth) {
    await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(smtp, address).length >= nth);
    return mailsTo(smtp, address)[nth - 1];
  }

  /** The plain-text body. */
  static String text(MimeMessage mail) {
    try {
      return (String) mail.getContent();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 6-digit one-time password of a portal MailOTP or settings site OTP mail. */
  static String code(MimeMessage mail) {
    Matcher m = CODE.matcher(text(mail));
    assertThat(m.find()).as("one-time password in the mail").isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
