package jp.selfcare.billing.bills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import jp.selfcare.billing.bills.BillDifferences.Difference;
import jp.selfcare.billing.bills.BillDifferences.LineAmounts;
import jp.selfcare.billing.bills.BillDifferences.Reason;
import org.junit.jupiter.api.Test;

class BillDifferencesTest {

  private static LineAmounts line(String number, long basic, long addOns, long calls) {
    return new LineAmounts("N100000001", "N200000001", number, basic, addOns, calls);
  }

  @Test
  void theLinesThatMovedMostComeFirstEachWithWhy() {
    List<Difference> moved =
        BillDifferences.of(
            List.of(
                line("0350000000", 1000, 300, 48),
                line("0350000001", 1000, 0, 16),
                line("0350000002", 1000, 0, 0),
                line("0350000009", 1000, 0, 0)),
            List.of(
                line("0350000000", 1000, 300, 2048), // twice the calls
                line("0350000001", 1000, 200, 16), // 非通知着信拒否 added
                line("0350000002", 1000, 0, 0), // unchanged
                line("0350000003", 500, 0, 0)), // new mid-month
            10);

    assertThat(moved)
        .extracting(Difference::number, Difference::change, Difference::reasons)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("0350000000", 2000L, Set.of(Reason.CALLS)),
            org.assertj.core.groups.Tuple.tuple("0350000009", -1000L, Set.of(Reason.ENDED_LINE)),
            org.assertj.core.groups.Tuple.tuple("0350000003", 500L, Set.of(Reason.NEW_LINE)),
            org.assertj.core.groups.Tuple.tuple("0350000001", 200L, Set.of(Reason.ADD_ONS)));
  }

  @Test
  void aContractsPerLineFeesAreALineOfTheirOwn() {
    List<Difference> moved = BillDifferences.of(List.of(), List.of(line(null, 0, 3000, 0)), 10);

    assertThat(moved)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.number()).isNull();
              assertThat(d.reasons()).containsExactly(Reason.NEW_LINE);
              assertThat(d.thisTotal()).isEqualTo(3000);
            });
  }

  @Test
  void onlyAsManyAsAsked() {
    assertThat(
            BillDifferences.of(
                List.of(), List.of(line("0350000000", 1, 0, 0), line("0350000001", 2, 0, 0)), 1))
        .extracting(Difference::number)
        .containsExactly("0350000001");
  }
}
