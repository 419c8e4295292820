package jp.selfcare.web.forwarding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.web.i18n.Messages;

/**
 * The §1 fields as a page edits them (転送設定, modes, ring time, リスト1–5, 転送先), shared by 転送を設定する and
 * the patterns of 転送を予約する through {@code /WEB-INF/includes/forwarding-fields.xhtml}.
 */
public class ForwardingFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean forward;
  private boolean unconditional;
  private boolean busy;
  private boolean noAnswer;
  private boolean unreachable;
  private String ringSeconds = "";
  private List<String> lists = new ArrayList<>(Arrays.asList("", "", "", "", ""));
  private ForwardingTarget target;

  /** Empty fields: 転送しない. */
  public ForwardingFields() {}

  /** The fields showing a stored setting. */
  public ForwardingFields(ForwardingSetting s) {
    forward = s.forward();
    unconditional = s.unconditional();
    busy = s.busy();
    noAnswer = s.noAnswer();
    unreachable = s.unreachable();
    ringSeconds = s.ringSeconds() == null ? "" : s.ringSeconds().toString();
    lists = new ArrayList<>(s.lists());
    target = s.target();
  }

  /** The fields as the form the services validate. */
  public ForwardingForm form() {
    return new ForwardingForm(
        forward, unconditional, busy, noAnswer, unreachable, ringSeconds, lists, target);
  }

  /**
   * Shows every broken §1 rule as a page message, each prefixed (e.g. with a pattern's name) unless
   * the prefix is null; true when there is none.
   */
  public static boolean show(Validation v, String prefix) {
    List<String> texts = new ArrayList<>();
    v.problems().stream()
        .sorted()
        .forEach(p -> texts.add(Messages.text("forwarding.problem." + p.name())));
    v.listProblems()
        .forEach(
            (i, p) ->
                texts.add(
                    Messages.text(
                        "forwarding.listProblem",
                        i + 1,
                        Messages.text("forwarding.destination." + p.name()))));
    texts.forEach(
        t -> Messages.error("forwarding.prefixed", prefix == null ? "" : prefix + ": ", t));
    return v.valid();
  }

  /** The destinations a number may choose: 留守番電話 only with the message box contract. */
  public static List<ForwardingTarget> targets(boolean messageBox) {
    return Arrays.stream(ForwardingTarget.values())
        .filter(t -> t != ForwardingTarget.VOICEMAIL || messageBox)
        .toList();
  }

  public boolean isForward() {
    return forward;
  }

  public void setForward(boolean forward) {
    this.forward = forward;
  }

  public boolean isUnconditional() {
    return unconditional;
  }

  public void setUnconditional(boolean unconditional) {
    this.unconditional = unconditional;
  }

  public boolean isBusy() {
    return busy;
  }

  public void setBusy(boolean busy) {
    this.busy = busy;
  }

  public boolean isNoAnswer() {
    return noAnswer;
  }

  public void setNoAnswer(boolean noAnswer) {
    this.noAnswer = noAnswer;
  }

  public boolean isUnreachable() {
    return unreachable;
  }

  public void setUnreachable(boolean unreachable) {
    this.unreachable = unreachable;
  }

  public String getRingSeconds() {
    return ringSeconds;
  }

  public void setRingSeconds(String ringSeconds) {
    this.ringSeconds = ringSeconds;
  }

  public List<String> getLists() {
    return lists;
  }

  public ForwardingTarget getTarget() {
    return target;
  }

  public void setTarget(ForwardingTarget target) {
    this.target = target;
  }
}
