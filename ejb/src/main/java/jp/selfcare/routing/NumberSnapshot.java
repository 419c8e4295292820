package jp.selfcare.routing;

import java.time.ZoneId;
import java.util.Set;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.reservation.WeeklySchedule;

/**
 * Everything a decision needs of one number, immutable: the cache replaces a number's snapshot as a
 * whole after a committed change, so a decision sees either the old or the new state, never a mix.
 *
 * @param digits the IP telephone number
 * @param zone the customer's time zone (reservations are read in it)
 * @param blocked the nuisance list (empty without the contract)
 * @param anonymousRejection contract on and set to する
 * @param bulkDestination リスト5 when bulk forwarding is applied to the number now, else null
 * @param own the number's own §1 (or §3) setting
 * @param reservation its weekly schedule, or null
 * @param internationalSuspended 国際電話利用休止 する
 * @param outgoingRestricted 発信規制 on the number's basic contract number
 * @param callerIdPresented 発信者番号通知 通知
 * @param specificPresented the contracted number presented when 特定番号通知 is する, else null
 * @param huntGroup the group of which the number is the parent or a member, or null
 * @param messageBox whether the number has the message box contract
 */
public record NumberSnapshot(
    long id,
    String digits,
    ZoneId zone,
    Set<String> blocked,
    boolean anonymousRejection,
    String bulkDestination,
    ForwardingSetting own,
    WeeklySchedule reservation,
    boolean internationalSuspended,
    boolean outgoingRestricted,
    boolean callerIdPresented,
    String specificPresented,
    Long huntGroup,
    boolean messageBox) {

  public NumberSnapshot {
    blocked = Set.copyOf(blocked);
  }

  /** The same number with another own setting and bulk destination (a bulk job's change). */
  NumberSnapshot withForwarding(ForwardingSetting setting, String bulk) {
    return new NumberSnapshot(
        id,
        digits,
        zone,
        blocked,
        anonymousRejection,
        bulk,
        setting,
        reservation,
        internationalSuspended,
        outgoingRestricted,
        callerIdPresented,
        specificPresented,
        huntGroup,
        messageBox);
  }

  /** The bulk destination in force: an active member's own リスト5, when it has one. */
  static String bulkDestination(boolean activeBulkMember, ForwardingSetting own) {
    String list5 = own.lists().get(ForwardingTarget.LIST_5.listIndex());
    return activeBulkMember && !list5.isEmpty() ? list5 : null;
  }
}
