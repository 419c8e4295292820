package jp.selfcare.billing.bills;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 明細の差分: a month's bill lines against the month before, the lines whose totals moved most first,
 * each with why — what a billing operator checks before closing a month.
 */
public final class BillDifferences {

  private BillDifferences() {}

  /** Why a line's total moved. */
  public enum Reason {
    /** No line of this number last month (a new number, or one billed for the first time). */
    NEW_LINE,
    /** No line this month (the number ended, or moved to another contract). */
    ENDED_LINE,
    /** The basic charge moved (days held, or the plan's charge). */
    BASIC,
    /** The add-on fees moved (an add-on added or removed, or held fewer days). */
    ADD_ONS,
    /** The call charges moved (call volume). */
    CALLS
  }

  /**
   * A bill line's amounts (yen, tax excluded), keyed by customer, contract and number (no number:
   * the contract's per-line fees).
   */
  public record LineAmounts(
      String customerNumber,
      String contractNumber,
      String number,
      long basic,
      long addOns,
      long calls) {

    long total() {
      return basic + addOns + calls;
    }

    String key() {
      return customerNumber + "/" + contractNumber + "/" + (number == null ? "" : number);
    }
  }

  /** A line that moved: last month's and this month's totals and why. */
  public record Difference(
      String customerNumber,
      String contractNumber,
      String number,
      long lastTotal,
      long thisTotal,
      Set<Reason> reasons)
      implements Serializable {

    public long change() {
      return thisTotal - lastTotal;
    }
  }

  /** The lines that moved, the largest change (either way) first, at most {@code limit}. */
  public static List<Difference> of(
      List<LineAmounts> lastMonth, List<LineAmounts> thisMonth, int limit) {
    Map<String, LineAmounts> before = new HashMap<>();
    lastMonth.forEach(l -> before.put(l.key(), l));
    Map<String, LineAmounts> now = new HashMap<>();
    thisMonth.forEach(l -> now.put(l.key(), l));
    Set<String> keys = new LinkedHashSet<>(now.keySet());
    keys.addAll(before.keySet());
    List<Difference> moved = new ArrayList<>();
    for (String key : keys) {
      LineAmounts was = before.get(key);
      LineAmounts is = now.get(key);
      Set<Reason> reasons = EnumSet.noneOf(Reason.class);
      if (was == null) {
        reasons.add(Reason.NEW_LINE);
      } else if (is == null) {
        reasons.add(Reason.ENDED_LINE);
      } else {
        if (was.basic() != is.basic()) {
          reasons.add(Reason.BASIC);
        }
        if (was.addOns() != is.addOns()) {
          reasons.add(Reason.ADD_ONS);
        }
        if (was.calls() != is.calls()) {
          reasons.add(Reason.CALLS);
        }
      }
      if (reasons.isEmpty()) {
        continue;
      }
      LineAmounts any = is != null ? is : was;
      moved.add(
          new Difference(
              any.customerNumber(),
              any.contractNumber(),
              any.number(),
              was == null ? 0 : was.total(),
              is == null ? 0 : is.total(),
              reasons));
    }
    moved.sort(
        Comparator.comparingLong((Difference d) -> -Math.abs(d.change()))
            .thenComparing(Difference::customerNumber)
            .thenComparing(Difference::contractNumber)
            .thenComparing(d -> d.number() == null ? "" : d.number()));
    return moved.size() > limit ? List.copyOf(moved.subList(0, limit)) : List.copyOf(moved);
  }
}
