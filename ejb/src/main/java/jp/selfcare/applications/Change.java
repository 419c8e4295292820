package jp.selfcare.applications;

import java.io.Serializable;
import jp.selfcare.numbers.AddOn;

/**
 * A change of one number the system applies itself: an add-on added or removed, a dial-in number
 * added under a basic number or removed.
 *
 * @param number the number whose add-on changes, or the basic number a dial-in is added under
 * @param addOn the add-on (add-on actions only)
 * @param dialIn the dial-in number added or removed (dial-in actions only)
 * @param serviceNumber the contracted 0120/0800/0570 number that adding 特定番号通知 or 転送先特定番号 needs (a
 *     scheduled application only)
 */
public record Change(Action action, String number, AddOn addOn, String dialIn, String serviceNumber)
    implements Serializable {

  /** What the change does. */
  public enum Action {
    ADD_ADD_ON,
    REMOVE_ADD_ON,
    ADD_DIAL_IN,
    REMOVE_DIAL_IN;

    public boolean onAddOn() {
      return this == ADD_ADD_ON || this == REMOVE_ADD_ON;
    }
  }

  public static Change addAddOn(String number, AddOn addOn) {
    return new Change(Action.ADD_ADD_ON, number, addOn, null, null);
  }

  public static Change removeAddOn(String number, AddOn addOn) {
    return new Change(Action.REMOVE_ADD_ON, number, addOn, null, null);
  }

  public static Change addDialIn(String basicNumber, String dialIn) {
    return new Change(Action.ADD_DIAL_IN, basicNumber, null, dialIn, null);
  }

  public static Change removeDialIn(String dialIn) {
    return new Change(Action.REMOVE_DIAL_IN, null, null, dialIn, null);
  }

  /** The work kind the change belongs to. */
  public Work work() {
    return action.onAddOn() ? Work.ADD_ONS : Work.DIAL_INS;
  }

  /** The number the change is about, as the progress list shows it. */
  public String subject() {
    return action == Action.REMOVE_DIAL_IN ? dialIn : number;
  }
}
