package jp.selfcare.applications;

import java.util.Set;
import jp.selfcare.identity.Refused;

/**
 * An application refused as a whole, with every rule it broke; nothing of it was stored or applied.
 */
public class ApplicationRefused extends Refused {

  private static final long serialVersionUID = 1L;

  /** The rules an application may break. */
  public enum Problem {
    /** No number, no add-on or no dial-in number where the action needs one. */
    CHANGE_INCOMPLETE,
    /** The number is not one of the contract's numbers. */
    UNKNOWN_NUMBER,
    /** An add-on action on a number of the wrong kind: dial-ins are added under basic numbers. */
    NOT_A_BASIC_NUMBER,
    /** Removing a dial-in number that is not one. */
    NOT_A_DIAL_IN,
    /** The new dial-in number is not 10 or 11 digits starting with 0. */
    INVALID_DIAL_IN,
    /** The new dial-in number belongs to a contract already. */
    NUMBER_IN_USE,
    /** This add-on change cannot be applied at once (use a work date). */
    NOT_IMMEDIATE,
    /** Adding an add-on the number has. */
    ALREADY_CONTRACTED,
    /** Removing an add-on the number does not have. */
    NOT_CONTRACTED,
    /** Dial-in numbers of a Members Net contract change by a work date only. */
    MEMBERS_NET,
    /** A scheduled change of the same line is open or completed less than 2 business days ago. */
    SCHEDULED_WORK_PENDING,
    /** Adding 特定番号通知 / 転送先特定番号 needs a contracted 0120, 0800 or 0570 number. */
    SERVICE_NUMBER_REQUIRED,
    /** Ending bulk forwarding while the number's group forwards. */
    BULK_GROUP_ACTIVE,
    /** Ending bulk forwarding of the last members of a group. */
    LAST_BULK_MEMBERS,
    /** Ending a number that belongs to a hunt group. */
    IN_HUNT_GROUP,
    /** No work date given. */
    DATE_REQUIRED,
    /** The work date is a Saturday, Sunday or holiday. */
    DATE_NOT_BUSINESS_DAY,
    /** The work date is sooner than the shortest lead time. */
    DATE_TOO_EARLY,
    /** The work is described in words and the description is missing. */
    DETAIL_REQUIRED,
    /** The description is longer than 2,000 characters. */
    DETAIL_TOO_LONG,
    /** The contract has an open application for the same work date already. */
    SAME_DATE_PENDING,
    /** The application is completed or cancelled already. */
    NOT_OPEN
  }

  public ApplicationRefused(Set<Problem> problems) {
    super("contract application", problems);
  }
}
