package jp.selfcare.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every organisation identifier accepts its documented shape and refuses the near misses. */
class IdentifiersTest {

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of(
            "customer number", (Function<String, Object>) CustomerNumber::new, "N100000001"),
        Arguments.of(
            "contract number", (Function<String, Object>) ContractNumber::new, "N200000001"),
        Arguments.of("voice group ID", (Function<String, Object>) VoiceGroupId::new, "Y15000001"),
        Arguments.of("voice group ID", (Function<String, Object>) VoiceGroupId::new, "Y1"),
        Arguments.of("site ID", (Function<String, Object>) SiteId::new, "1000001"),
        Arguments.of("site ID", (Function<String, Object>) SiteId::new, "0000000"),
        Arguments.of(
            "Business Mobile contract ID",
            (Function<String, Object>) MobileContractId::new,
            "BM12345678"),
        Arguments.of(
            "Business Mobile contract ID",
            (Function<String, Object>) MobileContractId::new,
            "ab00000000"));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            "customer number", (Function<String, Object>) CustomerNumber::new, "N10000000"),
        Arguments.of(
            "customer number", (Function<String, Object>) CustomerNumber::new, "N1000000012"),
        Arguments.of(
            "customer number", (Function<String, Object>) CustomerNumber::new, "n100000001"),
        Arguments.of(
            "customer number", (Function<String, Object>) CustomerNumber::new, "Y100000001"),
        Arguments.of("customer number", (Function<String, Object>) CustomerNumber::new, ""),
        Arguments.of("customer number", (Function<String, Object>) CustomerNumber::new, null),
        Arguments.of(
            "contract number", (Function<String, Object>) ContractNumber::new, "N20000000A"),
        Arguments.of(
            "contract number", (Function<String, Object>) ContractNumber::new, " N200000001"),
        Arguments.of(
            "contract number", (Function<String, Object>) ContractNumber::new, "200000001"),
        Arguments.of("voice group ID", (Function<String, Object>) VoiceGroupId::new, "Y"),
        Arguments.of("voice group ID", (Function<String, Object>) VoiceGroupId::new, "y15000001"),
        Arguments.of("voice group ID", (Function<String, Object>) VoiceGroupId::new, "Y1500000１"),
        Arguments.of(
            "voice group ID", (Function<String, Object>) VoiceGroupId::new, "Y1234567890123456"),
        Arguments.of("site ID", (Function<String, Object>) SiteId::new, "100001"),
        Arguments.of("site ID", (Function<String, Object>) SiteId::new, "10000011"),
        Arguments.of("site ID", (Function<String, Object>) SiteId::new, "１０００００１"),
        Arguments.of("site ID", (Function<String, Object>) SiteId::new, "100-001"),
        Arguments.of(
            "Business Mobile contract ID",
            (Function<String, Object>) MobileContractId::new,
            "B112345678"),
        Arguments.of(
            "Business Mobile contract ID",
            (Function<String, Object>) MobileContractId::new,
            "BM1234567"),
        Arguments.of(
            "Business Mobile contract ID",
            (Function<String, Object>) MobileContractId::new,
            "BMX12345678"));
  }

  @ParameterizedTest(name = "{0} {2} is accepted")
  @MethodSource("valid")
  void acceptsTheDocumentedShape(String kind, Function<String, Object> parse, String text) {
    assertThat(parse.apply(text)).hasToString(text).isEqualTo(parse.apply(text));
  }

  @ParameterizedTest(name = "{0} ''{2}'' is refused")
  @MethodSource("invalid")
  void refusesOtherShapesNamingTheRule(String kind, Function<String, Object> parse, String text) {
    assertThatThrownBy(() -> parse.apply(text))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining(kind)
        .hasMessageContaining("expected");
  }
}
