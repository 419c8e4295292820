package jp.selfcare.billing.bills;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.selfcare.numbers.AddOn;

/**
 * A customer's bills of a month, computed from what the customer held in it: per number (回線番号) the
 * basic charge of its plan and the fees of its add-ons, each for the days held ({@link Charges}),
 * and its calls; per contract the fees counted per line (一括転送) for the days any of its numbers held
 * them. The lines of contracts in a billing group (一括請求) make one bill; a contract in none is
 * billed on its own. Pure arithmetic: the caller reads and writes the tables.
 */
public final class MonthlyBills {

  private MonthlyBills() {}

  /**
   * A time a number was the customer's.
   *
   * @param endedBasicCharge the plan's basic charge when the number ended; null while it holds
   */
  public record NumberHeld(
      long ipNumberId,
      String number,
      long contractId,
      String contractNumber,
      LocalDate firstDay,
      LocalDate lastDay,
      Integer endedBasicCharge) {}

  /**
   * A contract as it stands: its plan's basic charge a number and its billing group (null: billed
   * on its own).
   */
  public record ContractTerms(long contractId, int basicCharge, Long billingGroupId) {}

  /** A time a number held an add-on. */
  public record AddOnHeld(long ipNumberId, AddOn addOn, LocalDate firstDay, LocalDate lastDay) {}

  /** A number's rated calls of the month. */
  public record Calls(long count, long seconds, BigDecimal charges) {}

  /** An add-on fee of a line. */
  public record Fee(AddOn addOn, int days, long amount) {}

  /** A line of a bill: a number, or a contract's per-line fees (no number). */
  public record Line(
      int lineNo,
      long contractId,
      String contractNumber,
      Long ipNumberId,
      String number,
      int days,
      long basic,
      List<Fee> fees,
      long calls,
      long callCount,
      long callSeconds) {

    public long addOns() {
      return fees.stream().mapToLong(Fee::amount).sum();
    }

    public long total() {
      return basic + addOns() + calls;
    }
  }

  /** One bill: a billing group's or a contract's. */
  public record Bill(
      Long billingGroupId, Long contractId, String contractNumber, List<Line> lines) {

    public long subtotal() {
      return lines.stream().mapToLong(Line::total).sum();
    }

    public long tax() {
      return Charges.tax(subtotal());
    }

    public long total() {
      return subtotal() + tax();
    }
  }

  /** The customer's bills of the month. */
  public static List<Bill> of(
      YearMonth month,
      List<NumberHeld> numbers,
      Map<Long, ContractTerms> contracts,
      List<AddOnHeld> addOns,
      Map<Long, Calls> calls) {
    int daysInMonth = month.lengthOfMonth();
    // the days each number was held, and the ones its add-ons were (within the number's days)
    Map<Long, BitSet> numberDays = new LinkedHashMap<>();
    Map<Long, NumberHeld> latest = new LinkedHashMap<>();
    for (NumberHeld n :
        numbers.stream().sorted(Comparator.comparing(NumberHeld::firstDay)).toList()) {
      BitSet days = numberDays.computeIfAbsent(n.ipNumberId(), k -> new BitSet());
      days.or(days(month, n.firstDay(), n.lastDay()));
      latest.put(n.ipNumberId(), n);
    }
    Map<Long, Map<AddOn, BitSet>> addOnDays = new LinkedHashMap<>();
    for (AddOnHeld a : addOns) {
      BitSet held = days(month, a.firstDay(), a.lastDay());
      BitSet of = numberDays.get(a.ipNumberId());
      if (of == null) {
        continue;
      }
      held.and(of);
      addOnDays
          .computeIfAbsent(a.ipNumberId(), k -> new EnumMap<>(AddOn.class))
          .computeIfAbsent(a.addOn(), k -> new BitSet())
          .or(held);
    }
    // lines by contract, numbers in number order
    Map<String, List<NumberHeld>> byContract = new TreeMap<>();
    latest.values().stream()
        .filter(n -> !numberDays.get(n.ipNumberId()).isEmpty())
        .sorted(Comparator.comparing(NumberHeld::number))
        .forEach(
            n -> byContract.computeIfAbsent(n.contractNumber(), k -> new ArrayList<>()).add(n));
    Map<Object, List<Line>> bills = new LinkedHashMap<>();
    Map<Object, NumberHeld> payers = new LinkedHashMap<>();
    for (List<NumberHeld> held : byContract.values()) {
      NumberHeld first = held.get(0);
      ContractTerms terms = contracts.get(first.contractId());
      Object payer =
          terms != null && terms.billingGroupId() != null
              ? terms.billingGroupId()
              : "contract-" + first.contractId();
      payers.putIfAbsent(payer, first);
      List<Line> lines = bills.computeIfAbsent(payer, k -> new ArrayList<>());
      Map<AddOn, BitSet> perLine = new EnumMap<>(AddOn.class);
      for (NumberHeld n : held) {
        BitSet days = numberDays.get(n.ipNumberId());
        int charge =
            n.endedBasicCharge() != null
                ? n.endedBasicCharge()
                : terms == null ? 0 : terms.basicCharge();
        List<Fee> fees = new ArrayList<>();
        addOnDays
            .getOrDefault(n.ipNumberId(), Map.of())
            .forEach(
                (addOn, on) -> {
                  if (on.isEmpty()) {
                    return;
                  }
                  if (addOn.feeUnit() == AddOn.FeeUnit.NUMBER) {
                    fees.add(
                        new Fee(
                            addOn,
                            on.cardinality(),
                            Charges.prorated(addOn.monthlyFee(), on.cardinality(), daysInMonth)));
                  } else if (addOn.feeUnit() == AddOn.FeeUnit.LINE) {
                    perLine.computeIfAbsent(addOn, k -> new BitSet()).or(on);
                  }
                  // CONTRACT: priced in the customer's contract, not billed per number here
                });
        Calls made = calls.getOrDefault(n.ipNumberId(), new Calls(0, 0, BigDecimal.ZERO));
        lines.add(
            new Line(
                lines.size() + 1,
                n.contractId(),
                n.contractNumber(),
                n.ipNumberId(),
                n.number(),
                days.cardinality(),
                Charges.prorated(charge, days.cardinality(), daysInMonth),
                List.copyOf(fees),
                Charges.calls(made.charges()),
                made.count(),
                made.seconds()));
      }
      if (!perLine.isEmpty()) {
        List<Fee> fees = new ArrayList<>();
        perLine.forEach(
            (addOn, on) ->
                fees.add(
                    new Fee(
                        addOn,
                        on.cardinality(),
                        Charges.prorated(addOn.monthlyFee(), on.cardinality(), daysInMonth))));
        lines.add(
            new Line(
                lines.size() + 1,
                first.contractId(),
                first.contractNumber(),
                null,
                null,
                0,
                0,
                List.copyOf(fees),
                0,
                0,
                0));
      }
    }
    List<Bill> result = new ArrayList<>();
    bills.forEach(
        (payer, lines) -> {
          NumberHeld first = payers.get(payer);
          result.add(
              payer instanceof Long group
                  ? new Bill(group, null, null, List.copyOf(lines))
                  : new Bill(null, first.contractId(), first.contractNumber(), List.copyOf(lines)));
        });
    return result;
  }

  /** The days of the month from {@code first} through {@code last} (null: still), 0-based. */
  private static BitSet days(YearMonth month, LocalDate first, LocalDate last) {
    BitSet days = new BitSet();
    LocalDate from = first.isBefore(month.atDay(1)) ? month.atDay(1) : first;
    LocalDate to = last == null || last.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : last;
    if (!to.isBefore(from)) {
      days.set(from.getDayOfMonth() - 1, to.getDayOfMonth());
    }
    return days;
  }
}
