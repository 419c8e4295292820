package jp.selfcare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailMessageTest {

  @Test
  void createGivesEachMailItsOwnId() {
    MailMessage a = MailMessage.create("a@example.co.jp", "件名", "本文");
    MailMessage b = MailMessage.create("a@example.co.jp", "件名", "本文");
    assertThat(a.messageId()).isNotEqualTo(b.messageId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "no-at-sign", "two@@example.jp", "space in@example.jp"})
  void refusesSomethingThatIsNotAnAddress(String to) {
    assertThatThrownBy(() -> new MailMessage("id-1", to, "s", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a mail address");
  }

  @Test
  void refusesAnIdTheDeliveryLogCannotHold() {
    String tooLong = "x".repeat(MailMessage.MAX_ID_LENGTH + 1);
    assertThatThrownBy(() -> new MailMessage(tooLong, "a@example.jp", "s", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MailMessage(" ", "a@example.jp", "s", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
