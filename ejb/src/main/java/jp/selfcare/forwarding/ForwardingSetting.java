package jp.selfcare.forwarding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.change.HistoryCodec;

/**
 * A number's own forwarding setting (spec 30-settings-site.md §1). A new value comes only from
 * {@link #validate} (or {@link #validateSpecificDestination}), which applies every form rule and
 * every destination rule at once; the stores, the routing snapshot and the history rebuild values
 * that were validated when they were stored.
 *
 * @param lists the five stored destinations, digits only, "" where empty
 * @param ringSeconds the ring time of no-answer forwarding, null without it
 * @param target the chosen destination, null when not forwarding
 */
public record ForwardingSetting(
    boolean forward,
    boolean unconditional,
    boolean busy,
    boolean noAnswer,
    boolean unreachable,
    Integer ringSeconds,
    List<String> lists,
    ForwardingTarget target)
    implements Serializable {

  /** A number that forwards nothing and has no stored destinations. */
  public static final ForwardingSetting NONE =
      new ForwardingSetting(
          false, false, false, false, false, null, List.of("", "", "", "", ""), null);

  public ForwardingSetting {
    lists = List.copyOf(lists);
  }

  /** What the rules depend on besides the form: the number and its contracts. */
  public record NumberContext(
      String number,
      boolean membersNet,
      boolean internationalSuspended,
      boolean bulkForwardingContract,
      boolean messageBoxContract,
      boolean unconditionalOnly) {

    /** A number that may use every forwarding mode (any service but the Mobile Office). */
    public NumberContext(
        String number,
        boolean membersNet,
        boolean internationalSuspended,
        boolean bulkForwardingContract,
        boolean messageBoxContract) {
      this(
          number,
          membersNet,
          internationalSuspended,
          bulkForwardingContract,
          messageBoxContract,
          false);
    }
  }

  /** Either the valid setting, or every broken rule (form-level and per list, 0-based). */
  public record Validation(
      ForwardingSetting setting,
      Set<ForwardingProblem> problems,
      Map<Integer, DestinationProblem> listProblems) {

    public boolean valid() {
      return setting != null;
    }
  }

  /** Applies every rule of §1 to the form. */
  public static Validation validate(ForwardingForm form, NumberContext number) {
    return validate(form, number, null);
  }

  /**
   * §3's rules: §1's fields except the destination, which is the contracted freephone or navi-dial
   * number (list 1, the target whenever forwarding) and is not checked against §1's destination
   * rules; the other lists stay empty.
   */
  public static Validation validateSpecificDestination(
      ForwardingForm form, NumberContext number, String contracted) {
    ForwardingForm fixed =
        new ForwardingForm(
            form.forward(),
            form.unconditional(),
            form.busy(),
            form.noAnswer(),
            form.unreachable(),
            form.ringSeconds(),
            List.of(contracted, "", "", "", ""),
            form.forward() ? ForwardingTarget.LIST_1 : null);
    return validate(fixed, number, contracted);
  }

  private static Validation validate(ForwardingForm form, NumberContext number, String fixed) {
    Set<ForwardingProblem> problems = EnumSet.noneOf(ForwardingProblem.class);
    Map<Integer, DestinationProblem> listProblems = new LinkedHashMap<>();
    DestinationRules.Source source =
        new DestinationRules.Source(
            number.number(), number.membersNet(), number.internationalSuspended());
    List<String> lists = new ArrayList<>();
    for (int i = 0; i < ForwardingForm.LISTS; i++) {
      String typed = form.lists().get(i).strip();
      if (i == 0 && fixed != null) {
        lists.add(fixed);
        continue;
      }
      if (typed.isEmpty()) {
        lists.add("");
        continue;
      }
      DestinationRules.Check check = DestinationRules.check(typed, source);
      if (check.accepted()) {
        lists.add(check.digits());
      } else {
        lists.add("");
        listProblems.put(i, check.problem());
      }
    }
    if (number.bulkForwardingContract()
        && form.lists().get(4).isBlank()
        && !listProblems.containsKey(4)) {
      problems.add(ForwardingProblem.LIST_5_REQUIRED);
    }
    Integer ring = null;
    if (form.forward()) {
      boolean conditional = form.busy() || form.noAnswer() || form.unreachable();
      if (!form.unconditional() && !conditional) {
        problems.add(ForwardingProblem.MODE_REQUIRED);
      }
      if (form.unconditional() && conditional) {
        problems.add(ForwardingProblem.UNCONDITIONAL_EXCLUSIVE);
      }
      if (number.unconditionalOnly() && conditional) {
        problems.add(ForwardingProblem.UNCONDITIONAL_ONLY);
      }
      if (form.noAnswer()) {
        ring = RingTime.seconds(form.ringSeconds()).stream().boxed().findFirst().orElse(null);
        if (ring == null) {
          problems.add(ForwardingProblem.RING_TIME);
        }
      }
      if (form.target() == null) {
        problems.add(ForwardingProblem.TARGET_REQUIRED);
      } else if (form.target() == ForwardingTarget.VOICEMAIL) {
        if (!number.messageBoxContract()) {
          problems.add(ForwardingProblem.VOICEMAIL_NOT_CONTRACTED);
        }
      } else if (form.lists().get(form.target().listIndex()).isBlank()) {
        problems.add(ForwardingProblem.TARGET_EMPTY);
      }
    }
    if (!problems.isEmpty() || !listProblems.isEmpty()) {
      return new Validation(null, problems, listProblems);
    }
    ForwardingSetting setting =
        form.forward()
            ? new ForwardingSetting(
                true,
                form.unconditional(),
                form.busy(),
                form.noAnswer(),
                form.unreachable(),
                ring,
                lists,
                form.target())
            : new ForwardingSetting(false, false, false, false, false, null, lists, null);
    return new Validation(setting, EnumSet.noneOf(ForwardingProblem.class), Map.of());
  }

  /** The setting as a form again (for 元に戻す, which checks it against today's rules). */
  public ForwardingForm asForm() {
    return new ForwardingForm(
        forward,
        unconditional,
        busy,
        noAnswer,
        unreachable,
        ringSeconds == null ? "" : ringSeconds.toString(),
        lists,
        target);
  }

  /** The destination calls go to, when forwarding to a list (empty for the message box). */
  public String destination() {
    return target == null || target == ForwardingTarget.VOICEMAIL
        ? ""
        : lists.get(target.listIndex());
  }

  /** How the settings history keeps a setting of §1 or §3 (and, inside a reservation, of §2). */
  public static final HistoryCodec<ForwardingSetting> HISTORY =
      HistoryCodec.of(ForwardingSetting.class, ForwardingSetting::decode);

  /**
   * The compact text a reservation's pattern column keeps, e.g. {@code
   * F;U---;r=;l=09012345678,,,,;t=LIST_1} (and the settings history kept before it was typed);
   * {@link #decode} reads it back.
   */
  public String encode() {
    return (forward ? "F" : "-")
        + ";"
        + (unconditional ? "U" : "-")
        + (busy ? "B" : "-")
        + (noAnswer ? "N" : "-")
        + (unreachable ? "R" : "-")
        + ";r="
        + (ringSeconds == null ? "" : ringSeconds)
        + ";l="
        + String.join(",", lists)
        + ";t="
        + (target == null ? "" : target.name());
  }

  /** Reads {@link #encode}'s text. */
  public static ForwardingSetting decode(String text) {
    String[] parts = text.split(";", -1);
    String modes = parts[1];
    String ring = parts[2].substring(2);
    String target = parts[4].substring(2);
    return new ForwardingSetting(
        parts[0].equals("F"),
        modes.charAt(0) == 'U',
        modes.charAt(1) == 'B',
        modes.charAt(2) == 'N',
        modes.charAt(3) == 'R',
        ring.isEmpty() ? null : Integer.valueOf(ring),
        List.of(parts[3].substring(2).split(",", -1)),
        target.isEmpty() ? null : ForwardingTarget.valueOf(target));
  }
}
