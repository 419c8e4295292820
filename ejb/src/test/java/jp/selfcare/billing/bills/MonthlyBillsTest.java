package jp.selfcare.billing.bills;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.selfcare.billing.bills.MonthlyBills.AddOnHeld;
import jp.selfcare.billing.bills.MonthlyBills.Bill;
import jp.selfcare.billing.bills.MonthlyBills.Calls;
import jp.selfcare.billing.bills.MonthlyBills.ContractTerms;
import jp.selfcare.billing.bills.MonthlyBills.Fee;
import jp.selfcare.billing.bills.MonthlyBills.Line;
import jp.selfcare.billing.bills.MonthlyBills.NumberHeld;
import jp.selfcare.numbers.AddOn;
import org.junit.jupiter.api.Test;

class MonthlyBillsTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

  private static LocalDate nov(int day) {
    return LocalDate.of(2026, 11, day);
  }

  private static NumberHeld number(
      long id, String digits, long contract, LocalDate first, LocalDate last, Integer ended) {
    return new NumberHeld(id, digits, contract, "N20000000" + contract, first, last, ended);
  }

  private final Map<Long, ContractTerms> contracts =
      Map.of(
          1L, new ContractTerms(1, 1000, null),
          2L, new ContractTerms(2, 800, 7L),
          3L, new ContractTerms(3, 800, 7L));

  @Test
  void aMonthHeldWholeCostsTheFullFeesAndTheCallsRoundedDownOnce() {
    List<Bill> bills =
        MonthlyBills.of(
            NOVEMBER,
            List.of(number(10, "0350000000", 1, LONG_AGO, null, null)),
            contracts,
            List.of(new AddOnHeld(10, AddOn.NUISANCE_BLOCKING, LONG_AGO, null)),
            Map.of(10L, new Calls(3, 366, new BigDecimal("48.50"))));

    assertThat(bills).hasSize(1);
    Bill bill = bills.get(0);
    assertThat(bill.contractNumber()).isEqualTo("N200000001");
    Line line = bill.lines().get(0);
    assertThat(line.days()).isEqualTo(30);
    assertThat(line.basic()).isEqualTo(1000);
    assertThat(line.fees()).containsExactly(new Fee(AddOn.NUISANCE_BLOCKING, 30, 300));
    assertThat(line.calls()).isEqualTo(48);
    assertThat(line.callCount()).isEqualTo(3);
    assertThat(line.total()).isEqualTo(1348);
    assertThat(bill.subtotal()).isEqualTo(1348);
    assertThat(bill.tax()).isEqualTo(134);
    assertThat(bill.total()).isEqualTo(1482);
  }

  @Test
  void aNumberAddedOrEndedMidMonthPaysForItsDays() {
    List<Bill> bills =
        MonthlyBills.of(
            NOVEMBER,
            List.of(
                number(11, "0350000001", 1, nov(16), null, null),
                number(12, "0350000002", 1, LONG_AGO, nov(10), 1200)),
            contracts,
            List.of(
                new AddOnHeld(11, AddOn.ANONYMOUS_REJECTION, nov(16), null),
                // an add-on's days count only while the number was held
                new AddOnHeld(12, AddOn.MESSAGE_BOX, LONG_AGO, null)),
            Map.of());

    List<Line> lines = bills.get(0).lines();
    assertThat(lines).extracting(Line::number).containsExactly("0350000001", "0350000002");
    assertThat(lines.get(0).days()).isEqualTo(15);
    assertThat(lines.get(0).basic()).as("1,000 × 15/30").isEqualTo(500);
    assertThat(lines.get(0).fees()).containsExactly(new Fee(AddOn.ANONYMOUS_REJECTION, 15, 100));
    assertThat(lines.get(1).days()).isEqualTo(10);
    assertThat(lines.get(1).basic())
        .as("the plan's charge when it ended: 1,200 × 10/30")
        .isEqualTo(400);
    assertThat(lines.get(1).fees()).containsExactly(new Fee(AddOn.MESSAGE_BOX, 10, 100));
  }

  @Test
  void aFeePerLineIsChargedOnceForTheContractForTheDaysAnyNumberHeldIt() {
    List<Bill> bills =
        MonthlyBills.of(
            NOVEMBER,
            List.of(
                number(20, "0360000000", 1, LONG_AGO, null, null),
                number(21, "0360000001", 1, LONG_AGO, null, null)),
            contracts,
            List.of(
                new AddOnHeld(20, AddOn.BULK_FORWARDING, nov(1), nov(10)),
                new AddOnHeld(21, AddOn.BULK_FORWARDING, nov(6), nov(20))),
            Map.of());

    List<Line> lines = bills.get(0).lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).fees()).isEmpty();
    assertThat(lines.get(1).fees()).isEmpty();
    Line perLine = lines.get(2);
    assertThat(perLine.number()).isNull();
    assertThat(perLine.fees()).containsExactly(new Fee(AddOn.BULK_FORWARDING, 20, 2000));
  }

  @Test
  void contractsOfABillingGroupShareOneBill() {
    List<Bill> bills =
        MonthlyBills.of(
            NOVEMBER,
            List.of(
                number(30, "0370000000", 2, LONG_AGO, null, null),
                number(31, "0370000001", 3, LONG_AGO, null, null),
                number(32, "0350000009", 1, LONG_AGO, null, null)),
            contracts,
            List.of(),
            Map.of());

    assertThat(bills).hasSize(2);
    Bill alone = bills.stream().filter(b -> b.contractId() != null).findFirst().orElseThrow();
    Bill group = bills.stream().filter(b -> b.billingGroupId() != null).findFirst().orElseThrow();
    assertThat(alone.lines()).extracting(Line::number).containsExactly("0350000009");
    assertThat(group.billingGroupId()).isEqualTo(7L);
    assertThat(group.lines()).extracting(Line::number).containsExactly("0370000000", "0370000001");
    assertThat(group.lines()).extracting(Line::lineNo).containsExactly(1, 2);
    assertThat(group.subtotal()).isEqualTo(1600);
    assertThat(group.tax()).isEqualTo(160);
  }

  @Test
  void aNumberNotHeldInTheMonthIsNotBilled() {
    assertThat(
            MonthlyBills.of(
                NOVEMBER,
                List.of(number(40, "0380000000", 1, LONG_AGO, LocalDate.of(2026, 10, 31), 1000)),
                contracts,
                List.of(),
                Map.of()))
        .isEmpty();
  }
}
