package jp.selfcare.nuisance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.selfcare.nuisance.NuisanceBlocking.Kind;
import jp.selfcare.nuisance.NuisanceBlocking.Problem;
import org.junit.jupiter.api.Test;

/** The whole-list rules of 設定 (spec §7): each entry's format, no duplicates, at most 30. */
class NuisanceListCheckTest {

  private static List<String> numbers(int count) {
    return IntStream.range(0, count).mapToObj(i -> String.format("03%08d", i)).toList();
  }

  @Test
  void thirtyDistinctNumbersPass() {
    assertThat(NuisanceList.check(numbers(30))).isEmpty();
  }

  @Test
  void anEmptyListPasses() {
    assertThat(NuisanceList.check(List.of())).isEmpty();
  }

  @Test
  void thirtyOneAreTooMany() {
    assertThat(NuisanceList.check(numbers(31))).containsExactly(new Problem(-1, Kind.TOO_MANY));
  }

  @Test
  void theSameNumberTypedDifferentlyIsADuplicate() {
    assertThat(NuisanceList.check(List.of("03-1234-5678", "0312345678")))
        .containsExactly(new Problem(1, Kind.DUPLICATE));
  }

  @Test
  void eachBadEntryIsNamedByItsPosition() {
    List<String> typed = new ArrayList<>(List.of("0312345678", "非通知", "090-1234-5678", "12345"));
    assertThat(NuisanceList.check(typed))
        .containsExactly(new Problem(1, Kind.NUMBER_FORMAT), new Problem(3, Kind.NUMBER_FORMAT));
  }
}
