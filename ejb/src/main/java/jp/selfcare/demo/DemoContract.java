package jp.selfcare.demo;

import java.util.List;
import jp.selfcare.numbers.AddOns;

/**
 * One generated IP Voice contract: its numbers are {@code firstNumber} + 0, 1, 2 …; every tenth is
 * a basic contract number and the nine after it are its dial-in numbers.
 *
 * @param huntGroups each list is a hunt group: parent first, then members, as number indexes
 */
record DemoContract(
    String contractNumber,
    String siteId,
    int channels,
    long firstNumber,
    int numberDigits,
    int numberCount,
    AddOnRule addOns,
    List<List<Integer>> huntGroups) {

  /** Every tenth number is a basic contract number. */
  static final int BASIC_EVERY = 10;

  /** Decides the add-ons of the number at an index of the contract. */
  @FunctionalInterface
  interface AddOnRule {
    AddOns of(int index, boolean basic);
  }

  String number(int index) {
    return String.format("%0" + numberDigits + "d", firstNumber + index);
  }

  static boolean isBasic(int index) {
    return index % BASIC_EVERY == 0;
  }
}
