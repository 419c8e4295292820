package jp.selfcare.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import jp.selfcare.forwarding.DestinationRules.Check;
import jp.selfcare.forwarding.DestinationRules.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every destination-number rule of spec 30-settings-site.md §1, allowed and refused. */
class DestinationRulesTest {

  private static final String SOURCE = "0350000005";

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // allowed: fixed with area code, IP, mobile, international
    "0312345678,        0312345678",
    "03-1234-5678,      0312345678",
    "045-123-4567,      0451234567",
    "05012345678,       05012345678",
    "090-1234-5678,     09012345678",
    "08012345678,       08012345678",
    "07012345678,       07012345678",
    "010-1-2125551234,  01012125551234",
    "0033-010-44-2079460000, 0033010442079460000",
    // the maximum: 32 digits with 3 hyphens, 35 characters
    "010123456789012-3456789012-345678-9, 01012345678901234567890123456789",
  })
  void allowedWithoutMembersNet(String typed, String digits) {
    Check check = DestinationRules.check(typed, new Source(SOURCE, false, false));
    assertThat(check.problem()).as(typed).isNull();
    assertThat(check.digits()).isEqualTo(digits);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0035-010-1234567,  CARRIER_CODE",
    "0036312345678,     CARRIER_CODE",
    "00312345678,       CARRIER_CODE",
    "104,               SERVICE_NUMBER",
    "117,               SERVICE_NUMBER",
    "177,               SERVICE_NUMBER",
    "0120-123-456,      SPECIAL_NUMBER",
    "0800-123-4567,     SPECIAL_NUMBER",
    "0570-123-456,      SPECIAL_NUMBER",
    "0990-123-456,      SPECIAL_NUMBER",
    "0180-123-456,      SPECIAL_NUMBER",
    "02012345678,       UNUSABLE_PREFIX",
    "03012345678,       UNUSABLE_PREFIX",
    "04012345678,       UNUSABLE_PREFIX",
    "05033001234,       UNUSABLE_PREFIX",
    "06012345678,       UNUSABLE_PREFIX",
    "#31#0312345678,    HASH",
    "2345,              EXTENSION",
    "1234,              EXTENSION",
    "12,                EXTENSION",
    "1040,              EXTENSION",
    "03-1234-56-7-8,    CHARACTERS",
    "03 1234 5678,      CHARACTERS",
    "０３１２３４５６７８,  CHARACTERS",
    "-0312345678,       CHARACTERS",
    "03--12345678,      CHARACTERS",
    "010123456789012345678901234567890, TOO_LONG",
    "031234567,         DOMESTIC_LENGTH",
    "031234567890,      DOMESTIC_LENGTH",
    "0901234567,        DOMESTIC_LENGTH",
    "010,               DOMESTIC_LENGTH",
    "03-5000-0005,      SOURCE_ITSELF",
  })
  void refusedWithoutMembersNet(String typed, DestinationProblem problem) {
    assertThat(DestinationRules.check(typed, new Source(SOURCE, false, false)).problem())
        .as(typed)
        .isEqualTo(problem);
  }

  @ParameterizedTest(name = "Members Net: {0} → {1}")
  @CsvSource({
    "00312345678,       OK",
    "0-03-1234-5678,    OK",
    "009012345678,      OK",
    "0010-1-2125551234, OK",
    "2345,              OK",
    "912,               OK",
    "98765432109,       OK",
    "0312345678,        MEMBERS_NET_PREFIX",
    "117,               SERVICE_NUMBER",
    "12,                MEMBERS_NET_EXTENSION_FIRST_DIGIT",
    "1234,              MEMBERS_NET_EXTENSION_FIRST_DIGIT",
    "23,                MEMBERS_NET_EXTENSION_LENGTH",
    "234567890123,      MEMBERS_NET_EXTENSION_LENGTH",
    "00120123456,       SPECIAL_NUMBER",
    "00035010123,       CARRIER_CODE",
    "003500000051,      DOMESTIC_LENGTH",
    "00350000005,       SOURCE_ITSELF",
    "0010123456789012345678901234567, TOO_LONG",
  })
  void withMembersNet(String typed, String expected) {
    Check check = DestinationRules.check(typed, new Source(SOURCE, true, false));
    assertThat(check.problem() == null ? "OK" : check.problem().name())
        .as(typed)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "suspended: {0} → {1}")
  @CsvSource({
    "010-1-2125551234,       INTERNATIONAL_SUSPENDED",
    "0033-010-44-2079460000, INTERNATIONAL_SUSPENDED",
    "0312345678,             OK",
    "09012345678,            OK",
  })
  void internationalSuspension(String typed, String expected) {
    Check check = DestinationRules.check(typed, new Source(SOURCE, false, true));
    assertThat(check.problem() == null ? "OK" : check.problem().name())
        .as(typed)
        .isEqualTo(expected);
  }
}
