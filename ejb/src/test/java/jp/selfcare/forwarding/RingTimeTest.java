package jp.selfcare.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 呼出時間 (spec §1): 5–30 seconds in half-width digits. */
class RingTimeTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"5, 5", "05, 5", "15, 15", "30, 30", "' 20 ', 20"})
  void accepted(String typed, int seconds) {
    assertThat(RingTime.seconds(typed)).hasValue(seconds);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"4", "31", "0", "100", "１５", "1.5", "''", "-5"})
  void refused(String typed) {
    assertThat(RingTime.seconds(typed)).isEmpty();
  }
}
