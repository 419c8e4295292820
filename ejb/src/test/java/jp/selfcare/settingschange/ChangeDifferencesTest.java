package jp.selfcare.settingschange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import jp.selfcare.change.HistoryCodec;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.history.OperationType;
import jp.selfcare.messagebox.Address;
import jp.selfcare.messagebox.GuidanceType;
import jp.selfcare.messagebox.MessageBoxSetting;
import jp.selfcare.messagebox.Notify;
import org.junit.jupiter.api.Test;

/** 設定履歴's 詳細: each type's stored values read back as the fields of its own screen. */
class ChangeDifferencesTest {

  /** A shown value with its message keys in braces, e.g. "{forwarding.forward} 0312345678". */
  private static String words(Shown shown) {
    return shown.words().stream()
        .map(w -> w.key() == null ? w.text() : "{" + w.key() + "}")
        .collect(Collectors.joining());
  }

  private static List<String> rows(List<FieldDifference> fields) {
    return fields.stream()
        .map(
            f ->
                f.label()
                    + ": "
                    + words(f.before())
                    + " → "
                    + words(f.after())
                    + (f.changed() ? " *" : ""))
        .toList();
  }

  @Test
  void aForwardingChangeShowsEveryFieldAndMarksTheChangedOnes() {
    List<String> rows =
        rows(
            ChangeDifferences.of(
                OperationType.FORWARDING,
                "-;----;r=;l=,,,,;t=",
                "F;U-N-;r=20;l=0312345678,,,,09011112222;t=LIST_1"));
    assertThat(rows)
        .containsExactly(
            "forwarding.setting: {forwarding.noForward} → {forwarding.forward} *",
            "forwarding.modes: - → {forwarding.unconditional} {forwarding.noAnswer} *",
            "forwarding.ring: - → 20 *",
            "history.list1: - → 0312345678 *",
            "history.list2: - → -",
            "history.list3: - → -",
            "history.list4: - → -",
            "history.list5: - → 09011112222 *",
            "forwarding.targetLabel: - → {forwarding.target.LIST_1} *");
  }

  @Test
  void aSwitchShowsItsOwnWords() {
    assertThat(rows(ChangeDifferences.of(OperationType.CALLER_ID_PRESENTATION, "ON", "OFF")))
        .containsExactly(
            "feature.title.CALLER_ID_PRESENTATION: {feature.on.CALLER_ID_PRESENTATION}"
                + " → {feature.off.CALLER_ID_PRESENTATION} *");
  }

  @Test
  void aHuntGroupShowsMethodPresentationAndMembers() {
    assertThat(
            rows(
                ChangeDifferences.of(
                    OperationType.HUNT_GROUP,
                    "SEQUENTIAL|PARENT|0312340001,0312340002",
                    "ROUND_ROBIN|PARENT|0312340002")))
        .containsExactly(
            "hunt.method: {hunt.method.SEQUENTIAL} → {hunt.method.ROUND_ROBIN} *",
            "hunt.presentation: {hunt.presentation.PARENT} → {hunt.presentation.PARENT}",
            "hunt.members: 0312340001 0312340002 → 0312340002 *");
  }

  @Test
  void aReservationShowsItsPatternsThenItsSlots() {
    String schedule =
        "1=%E6%98%BC%E9%96%93=F;U---;r=;l=0312345678,,,,;t=LIST_1"
            + "|2=%E5%A4%9C%E9%96%93=-;----;r=;l=,,,,;t=#1@540=1,1@1080=2";
    assertThat(rows(ChangeDifferences.of(OperationType.FORWARDING_RESERVATION, "", schedule)))
        .containsExactly(
            "reservation.schedule: - → 1 昼間 ({forwarding.forward} 0312345678)"
                + " / 2 夜間 ({forwarding.noForward})"
                + " / {reservation.day.MONDAY} 09:00→1 {reservation.day.MONDAY} 18:00→2 *");
  }

  @Test
  void aNuisanceListShowsItsNumbers() {
    assertThat(
            rows(
                ChangeDifferences.of(
                    OperationType.NUISANCE_BLOCKING, "", "0312340001,09099990002")))
        .containsExactly("history.blockedList: - → 0312340001 09099990002 *");
  }

  @Test
  void aTypedEntryShowsTheSameFieldsAsOneWrittenBeforeTheHistoryWasTyped() {
    String before = "-;----;r=;l=,,,,;t=";
    String after = "F;U-N-;r=20;l=0312345678,,,,09011112222;t=LIST_1";
    HistoryCodec<ForwardingSetting> codec = ForwardingSetting.HISTORY;
    assertThat(
            rows(
                ChangeDifferences.of(
                    OperationType.FORWARDING,
                    codec.write(codec.read(before)),
                    codec.write(codec.read(after)))))
        .isEqualTo(rows(ChangeDifferences.of(OperationType.FORWARDING, before, after)));
  }

  @Test
  void aMessageBoxShowsEachAddressTheGuidanceAndThatThePinChanged() {
    MessageBoxSetting before =
        new MessageBoxSetting(
            List.of(new Address(1, "a@example.jp", Notify.ON_CALL, false)),
            GuidanceType.ANSWER_AND_RECORD,
            false);
    MessageBoxSetting after =
        new MessageBoxSetting(
            List.of(
                new Address(1, "a@example.jp", Notify.ON_CALL, false),
                new Address(2, "b@example.jp", Notify.ON_RECORD, true)),
            GuidanceType.ANSWER_AND_RECORD,
            true);
    assertThat(
            rows(
                ChangeDifferences.of(
                    OperationType.MESSAGE_BOX,
                    MessageBoxSetting.HISTORY.write(before),
                    MessageBoxSetting.HISTORY.write(after))))
        .containsExactly(
            "history.mailAddress1: a@example.jp {messageBox.condition.ON_CALL}"
                + " → a@example.jp {messageBox.condition.ON_CALL}",
            "history.mailAddress2: - → b@example.jp {messageBox.condition.ON_RECORD}"
                + " {messageBox.attach} *",
            "history.mailAddress3: - → -",
            "messageBox.guidance: {messageBox.guidance.ANSWER_AND_RECORD}"
                + " → {messageBox.guidance.ANSWER_AND_RECORD}",
            "messageBox.pin: - → {history.pinChanged} *");
  }

  @Test
  void anEntryWithoutValuesHasNoFields() {
    assertThat(ChangeDifferences.of(OperationType.BULK_SETTINGS_UPLOAD, null, null)).isEmpty();
    assertThat(ChangeDifferences.of(OperationType.FORWARDING, "-;----;r=;l=,,,,;t=", null))
        .isEmpty();
  }
}
