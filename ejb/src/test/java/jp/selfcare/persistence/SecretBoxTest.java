package jp.selfcare.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Secrets at rest: sealed with AES-256-GCM, never the same twice, tamper-evident, key-bound. */
class SecretBoxTest {

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final SecretBox box = new SecretBox(key(7));

  @Test
  void sealedSecretsOpenAgainAndDoNotShowThePlainText() {
    String sealed = box.seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DP");
    assertThat(sealed.length()).isLessThanOrEqualTo(200);
    assertThat(box.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
  }

  @Test
  void theSameSecretIsSealedDifferentlyEachTime() {
    assertThat(box.seal("secret")).isNotEqualTo(box.seal("secret"));
  }

  @Test
  void aChangedValueOrAnotherKeyFails() {
    String sealed = box.seal("secret");
    char last = sealed.charAt(sealed.length() - 2);
    String changed =
        sealed.substring(0, sealed.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + sealed.charAt(sealed.length() - 1);
    assertThatThrownBy(() -> box.open(changed)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretBox(key(8)).open(sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void valuesFromBeforeEncryptionAreReadAsTheyAre() {
    assertThat(box.open("plain-sip-password")).isEqualTo("plain-sip-password");
    assertThat(box.open(null)).isNull();
    assertThat(box.seal(null)).isNull();
  }

  @Test
  void onlyAes256KeysAreAccepted() {
    assertThatThrownBy(() -> new SecretBox(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
