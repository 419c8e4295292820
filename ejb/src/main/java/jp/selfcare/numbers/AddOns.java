package jp.selfcare.numbers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The add-on contracts of one number, with the contracted numbers the two "specific number" add-ons
 * need. Immutable: a contract change produces a new value.
 *
 * @param presentedNumber the freephone (0120/0800) or navi-dial (0570) number presented with
 *     specific number presentation
 * @param destinationNumber the freephone or navi-dial number that FDIS/NDIS forwards to
 */
@Embeddable
public record AddOns(
    @Column(name = "ao_message_box", nullable = false) boolean messageBox,
    @Column(name = "ao_nuisance_blocking", nullable = false) boolean nuisanceBlocking,
    @Column(name = "ao_anonymous_rejection", nullable = false) boolean anonymousRejection,
    @Column(name = "ao_specific_presentation", nullable = false) boolean specificPresentation,
    @Column(name = "ao_bulk_forwarding", nullable = false) boolean bulkForwarding,
    @Column(name = "ao_specific_destination", nullable = false) boolean specificDestination,
    @Column(name = "ao_members_net", nullable = false) boolean membersNet,
    @Column(name = "presented_number", length = 11) String presentedNumber,
    @Column(name = "destination_number", length = 11) String destinationNumber) {

  /** No add-on at all. */
  public static final AddOns NONE =
      new AddOns(false, false, false, false, false, false, false, null, null);

  private static final Pattern SERVICE_NUMBER =
      Pattern.compile("(0120\\d{6}|0800\\d{7}|0570\\d{6})");

  public AddOns {
    requireServiceNumber(specificPresentation, presentedNumber, "specific number presentation");
    requireServiceNumber(specificDestination, destinationNumber, "forwarding to a specific number");
  }

  private static void requireServiceNumber(boolean contracted, String number, String addOn) {
    if (contracted && (number == null || !SERVICE_NUMBER.matcher(number).matches())) {
      throw new IllegalArgumentException(
          addOn + " needs a contracted 0120, 0800 or 0570 number, got " + number);
    }
    if (!contracted && number != null) {
      throw new IllegalArgumentException(addOn + " is not contracted but has a number");
    }
  }

  /** Builds the add-ons from a set, for the features that need no contracted number. */
  public static AddOns of(Set<AddOn> features) {
    AddOns result = NONE;
    for (AddOn feature : features) {
      result = result.with(feature);
    }
    return result;
  }

  /** Adds a feature that needs no contracted number. */
  public AddOns with(AddOn feature) {
    return switch (feature) {
      case MESSAGE_BOX ->
          copy(true, nuisanceBlocking, anonymousRejection, bulkForwarding, membersNet);
      case NUISANCE_BLOCKING ->
          copy(messageBox, true, anonymousRejection, bulkForwarding, membersNet);
      case ANONYMOUS_REJECTION ->
          copy(messageBox, nuisanceBlocking, true, bulkForwarding, membersNet);
      case BULK_FORWARDING ->
          copy(messageBox, nuisanceBlocking, anonymousRejection, true, membersNet);
      case MEMBERS_NET ->
          copy(messageBox, nuisanceBlocking, anonymousRejection, bulkForwarding, true);
      case SPECIFIC_NUMBER_PRESENTATION, SPECIFIC_DESTINATION ->
          throw new IllegalArgumentException(feature + " needs its contracted number");
    };
  }

  /** Adds specific number presentation of the given freephone/navi-dial number. */
  public AddOns withSpecificPresentation(String number) {
    return new AddOns(
        messageBox,
        nuisanceBlocking,
        anonymousRejection,
        true,
        bulkForwarding,
        specificDestination,
        membersNet,
        number,
        destinationNumber);
  }

  /** Adds forwarding to the given freephone/navi-dial number (FDIS/NDIS). */
  public AddOns withSpecificDestination(String number) {
    return new AddOns(
        messageBox,
        nuisanceBlocking,
        anonymousRejection,
        specificPresentation,
        bulkForwarding,
        true,
        membersNet,
        presentedNumber,
        number);
  }

  private AddOns copy(
      boolean box, boolean nuisance, boolean anonymous, boolean bulk, boolean members) {
    return new AddOns(
        box,
        nuisance,
        anonymous,
        specificPresentation,
        bulk,
        specificDestination,
        members,
        presentedNumber,
        destinationNumber);
  }

  /** Whether the feature is contracted. */
  public boolean has(AddOn feature) {
    return switch (feature) {
      case MESSAGE_BOX -> messageBox;
      case NUISANCE_BLOCKING -> nuisanceBlocking;
      case ANONYMOUS_REJECTION -> anonymousRejection;
      case SPECIFIC_NUMBER_PRESENTATION -> specificPresentation;
      case BULK_FORWARDING -> bulkForwarding;
      case SPECIFIC_DESTINATION -> specificDestination;
      case MEMBERS_NET -> membersNet;
    };
  }

  /** The contracted features, in declaration order. */
  public Set<AddOn> features() {
    Set<AddOn> set = EnumSet.noneOf(AddOn.class);
    for (AddOn feature : AddOn.values()) {
      if (has(feature)) {
        set.add(feature);
      }
    }
    return set;
  }
}
