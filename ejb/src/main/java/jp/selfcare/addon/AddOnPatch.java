package jp.selfcare.addon;

import java.util.EnumMap;
import java.util.Map;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;

/**
 * The add-ons an order names: each one on or off; the two "specific number" add-ons on with their
 * contracted number. What the order does not name stays as it is.
 *
 * @param switches the add-ons named, on (true) or off
 * @param presentedNumber the number of specific number presentation when it is switched on
 * @param destinationNumber the number of forwarding to a specific number when it is switched on
 */
public record AddOnPatch(
    Map<AddOn, Boolean> switches, String presentedNumber, String destinationNumber) {

  public AddOnPatch {
    switches = switches.isEmpty() ? Map.of() : new EnumMap<>(switches);
  }

  /** No add-on named. */
  public static final AddOnPatch NONE = new AddOnPatch(Map.of(), null, null);

  /**
   * The add-ons after the patch.
   *
   * @throws IllegalArgumentException when a contracted number is not a freephone or navi-dial one
   */
  public AddOns applyTo(AddOns current) {
    boolean presentation = on(AddOn.SPECIFIC_NUMBER_PRESENTATION, current);
    boolean destination = on(AddOn.SPECIFIC_DESTINATION, current);
    return new AddOns(
        on(AddOn.MESSAGE_BOX, current),
        on(AddOn.NUISANCE_BLOCKING, current),
        on(AddOn.ANONYMOUS_REJECTION, current),
        presentation,
        on(AddOn.BULK_FORWARDING, current),
        destination,
        on(AddOn.MEMBERS_NET, current),
        presentation ? numberOr(presentedNumber, current.presentedNumber()) : null,
        destination ? numberOr(destinationNumber, current.destinationNumber()) : null);
  }

  private boolean on(AddOn feature, AddOns current) {
    return switches.getOrDefault(feature, current.has(feature));
  }

  private static String numberOr(String named, String current) {
    return named != null ? named : current;
  }
}
