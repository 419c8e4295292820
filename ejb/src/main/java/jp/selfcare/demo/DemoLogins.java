package jp.selfcare.demo;

import java.nio.charset.StandardCharsets;

/**
 * The demo logins the run command prints. Demo data only: production never loads them (the {@code
 * selfcare.demo} property is never set there).
 */
public final class DemoLogins {

  /** Portal administrator of 株式会社サンプル商事: sees all of its contracts. */
  public static final String SAMPLE_ADMIN = "admin@sample-shoji.example";

  /** General portal user of 株式会社サンプル商事 in no user group: sees no service. */
  public static final String SAMPLE_USER = "suzuki@sample-shoji.example";

  /** Portal administrator of 株式会社テスト物産, the second customer. */
  public static final String OTHER_ADMIN = "admin@test-bussan.example";

  /**
   * Web Settings Site 拠点管理者 of site 1000001 (東京本社), with mail two-step authentication to set up.
   */
  public static final String SITE_ADMIN = "W000000001";

  /**
   * Web Settings Site 一般ユーザ of the first number of site 1000001, without two-step authentication.
   */
  public static final String NUMBER_USER = "W000000002";

  /**
   * Web Settings Site 一般ユーザ of 0350000001 (東京本社), a number with the message box and a few recorded
   * messages.
   */
  public static final String MESSAGE_BOX_USER = "W000000003";

  /** The Business Mobile contract ID login of 株式会社サンプル商事 (contract N200000007). */
  public static final String BUSINESS_MOBILE = "BM12345678";

  /** Web Billing member of 株式会社サンプル商事 (two target lines), logging in with its password alone. */
  public static final String BILLING_MEMBER = "SampleKeiri01";

  /**
   * Web Billing member of 株式会社サンプル商事 with 秘密の質問による認証 on: its question is {@link
   * #BILLING_ANSWER_QUESTION}, answered {@link #BILLING_ANSWER}.
   */
  public static final String BILLING_MEMBER_WITH_QUESTION = "SampleKaikei02";

  /** The secret question of {@link #BILLING_MEMBER_WITH_QUESTION} (初めて飼ったペットの名前は？). */
  public static final String BILLING_ANSWER_QUESTION = "FIRST_PET";

  /** Its answer, in full-width katakana (the half-width spelling is refused). */
  public static final String BILLING_ANSWER = "ポチ";

  /** The password of every demo login (meets the portal password rule). */
  public static final String PASSWORD = "Demo-pass1";

  /** The login ID of benchmark user {@code i} (1-based), e.g. bench-001@sample-shoji.example. */
  public static String benchLogin(int i) {
    return String.format("bench-%03d@sample-shoji.example", i);
  }

  /**
   * The TOTP secret of benchmark user {@code i}: known, so that the load tool computes its codes
   * (base32 of "selfcare-bench-NNN" padded to 20 bytes).
   */
  public static String benchTotpSecret(int i) {
    byte[] raw = String.format("selfcare-bench-%03d--", i).getBytes(StandardCharsets.US_ASCII);
    StringBuilder out = new StringBuilder();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    int buffer = 0;
    int bits = 0;
    for (byte b : raw) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /** The demo contract whose 開通案内 is published, and what opens it. */
  public static final String ACTIVATION_CONTRACT = "N200000001";

  /** The application password of that contract's activation notice. */
  public static final String APPLICATION_PASSWORD = "Demo-apply1";

  /** Where its one-time codes go (the dev mailbox shows them). */
  public static final String ACTIVATION_ADDRESS = "soumu@sample-shoji.example";

  private DemoLogins() {}
}
