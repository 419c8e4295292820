package jp.selfcare.messagebox;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.selfcare.identity.MailAddresses;

/**
 * メッセージボックス as typed: three address rows (address, 確認, 通知条件, 添付), ガイダンス種別 and the PIN with its
 * confirmation (both blank: keep the current PIN).
 */
public record MessageBoxForm(
    List<AddressForm> addresses, GuidanceType guidance, String pin, String pinConfirmation)
    implements Serializable {

  /** Rows of addresses. */
  public static final int SLOTS = 3;

  /** An address row as typed; blank address and confirmation: the row is unused. */
  public record AddressForm(String address, String confirmation, Notify condition, boolean attach)
      implements Serializable {}

  /** A broken rule and the row it concerns (0: not a row). */
  public record Problem(int slot, Kind kind) implements Serializable {}

  /** The rules of §6. */
  public enum Kind {
    ADDRESS_FORMAT,
    ADDRESS_CONFIRMATION,
    ADDRESS_DUPLICATE,
    NOTIFY_REQUIRED,
    GUIDANCE_REQUIRED,
    PIN_REQUIRED,
    PIN_DIGITS,
    PIN_SEQUENCE,
    PIN_REPEATED,
    PIN_CONFIRMATION
  }

  public MessageBoxForm {
    if (addresses == null || addresses.size() != SLOTS) {
      throw new IllegalArgumentException("the form has exactly three address rows");
    }
    addresses = List.copyOf(addresses);
  }

  /** Whether the PIN is to be changed (anything typed in either PIN field). */
  public boolean changesPin() {
    return !blank(pin) || !blank(pinConfirmation);
  }

  /** Every rule the form breaks; {@code pinSet}: whether the box already has a PIN to keep. */
  public List<Problem> check(boolean pinSet) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < SLOTS; i++) {
      int slot = i + 1;
      AddressForm row = addresses.get(i);
      String address = strip(row.address());
      String confirmation = strip(row.confirmation());
      if (address.isEmpty() && confirmation.isEmpty()) {
        continue;
      }
      if (!address.isEmpty() && !MailAddresses.valid(address)) {
        problems.add(new Problem(slot, Kind.ADDRESS_FORMAT));
      } else if (!address.equals(confirmation)) {
        problems.add(new Problem(slot, Kind.ADDRESS_CONFIRMATION));
      } else if (!seen.add(address.toLowerCase(Locale.ROOT))) {
        problems.add(new Problem(slot, Kind.ADDRESS_DUPLICATE));
      }
      if (row.condition() == null) {
        problems.add(new Problem(slot, Kind.NOTIFY_REQUIRED));
      }
    }
    if (guidance == null) {
      problems.add(new Problem(0, Kind.GUIDANCE_REQUIRED));
    }
    if (!changesPin()) {
      if (!pinSet) {
        problems.add(new Problem(0, Kind.PIN_REQUIRED));
      }
    } else {
      Set<PinRules.Problem> pinProblems = EnumSet.noneOf(PinRules.Problem.class);
      pinProblems.addAll(PinRules.check(pin, pinConfirmation));
      pinProblems.forEach(
          p ->
              problems.add(
                  new Problem(
                      0,
                      switch (p) {
                        case DIGITS -> Kind.PIN_DIGITS;
                        case SEQUENCE -> Kind.PIN_SEQUENCE;
                        case REPEATED -> Kind.PIN_REPEATED;
                        case CONFIRMATION_DIFFERS -> Kind.PIN_CONFIRMATION;
                      })));
    }
    return problems;
  }

  /** The rows in use, as stored. */
  public List<Address> used() {
    List<Address> used = new ArrayList<>();
    for (int i = 0; i < SLOTS; i++) {
      AddressForm row = addresses.get(i);
      String address = strip(row.address());
      if (!address.isEmpty()) {
        used.add(new Address(i + 1, address, row.condition(), row.attach()));
      }
    }
    return used;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isEmpty();
  }
}
