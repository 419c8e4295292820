package jp.selfcare.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

/** Which delivery failures stop the retries: a refused recipient or a malformed address only. */
class PermanentRefusalTest {

  @Test
  void aRecipientTheServerRefusedIsPermanent() throws AddressException {
    MessagingException reply = new MessagingException("550 5.1.1 <gone@example.jp>: user unknown");
    SendFailedException failed =
        new SendFailedException(
            "Invalid Addresses",
            reply,
            new Address[0],
            new Address[0],
            new Address[] {new InternetAddress("gone@example.jp")});
    assertThat(MailDelivery.permanentRefusal(failed))
        .hasValue("550 5.1.1 <gone@example.jp>: user unknown");
  }

  @Test
  void aRecipientLeftUnsentAfterA4xxIsWorthAnotherTry() throws AddressException {
    SendFailedException failed =
        new SendFailedException(
            "Invalid Addresses",
            new MessagingException("451 4.3.0 try again later"),
            new Address[0],
            new Address[] {new InternetAddress("busy@example.jp")},
            new Address[0]);
    assertThat(MailDelivery.permanentRefusal(failed)).isEmpty();
  }

  @Test
  void noConnectionIsWorthAnotherTry() {
    assertThat(
            MailDelivery.permanentRefusal(
                new MessagingException(
                    "Could not connect", new java.net.ConnectException("refused"))))
        .isEmpty();
  }

  @Test
  void aMalformedAddressIsPermanent() {
    MessagingException wrapped = new MessagingException("compose failed");
    wrapped.setNextException(new AddressException("Local address contains dot-dot"));
    assertThat(MailDelivery.permanentRefusal(wrapped))
        .hasValue("malformed address: Local address contains dot-dot");
  }
}
