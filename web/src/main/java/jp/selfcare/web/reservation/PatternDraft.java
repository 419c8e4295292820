package jp.selfcare.web.reservation;

import java.io.Serializable;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.reservation.ForwardingPattern;
import jp.selfcare.web.forwarding.ForwardingFields;
import jp.selfcare.web.i18n.Messages;

/** One of the five patterns of 転送を予約する being edited: defined or not, its name and §1 fields. */
public class PatternDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int number;
  private boolean defined;
  private String name = "";
  private ForwardingFields fields = new ForwardingFields();

  PatternDraft(int number) {
    this.number = number;
  }

  /** A stored pattern, as the editor starts from it. */
  static PatternDraft of(int number, ForwardingPattern stored) {
    PatternDraft draft = new PatternDraft(number);
    draft.defined = true;
    draft.name = stored.name();
    draft.fields = new ForwardingFields(stored.setting());
    return draft;
  }

  /** 設定 of the pattern: it takes part in the schedule from now on. */
  void define() {
    defined = true;
  }

  /** The pattern as the schedule on screen uses it (its fields checked against §1's rules). */
  ForwardingPattern pattern(NumberContext context) {
    return new ForwardingPattern(
        name, ForwardingSetting.validate(fields.form(), context).setting());
  }

  /** "1: 昼休み": how slots and the calendar name the pattern. */
  public String getLabel() {
    return defined ? number + ": " + name : String.valueOf(number);
  }

  /** What the pattern does, in a few words. */
  public String getSummary() {
    if (!defined) {
      return "-";
    }
    if (!fields.isForward()) {
      return Messages.text("forwarding.noForward");
    }
    ForwardingTarget t = fields.getTarget();
    return t == null
        ? Messages.text("forwarding.forward")
        : Messages.text("forwarding.target." + t.name())
            + (t == ForwardingTarget.VOICEMAIL ? "" : " " + fields.getLists().get(t.listIndex()));
  }

  public int getNumber() {
    return number;
  }

  public boolean isDefined() {
    return defined;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ForwardingFields getFields() {
    return fields;
  }
}
