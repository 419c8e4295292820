package jp.selfcare.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group's numbers as the settings history keeps them (its value column holds 8,000). */
class BulkMembersTest {

  @Test
  void aSmallGroupIsKeptWhole() {
    assertThat(BulkMembers.summary(List.of("0312345678", "0312345679")))
        .isEqualTo("0312345678,0312345679");
  }

  @Test
  void aThousandNumbersAreCutAtANumberAndCounted() {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      numbers.add(String.format("035000%04d", i));
    }
    String summary = BulkMembers.summary(numbers);
    assertThat(summary.length()).isLessThanOrEqualTo(8000);
    assertThat(summary).startsWith("0350000000,0350000001,").endsWith(",… (1000)");
    assertThat(summary.split(",")[summary.split(",").length - 2]).matches("\\d{10}");
  }
}
