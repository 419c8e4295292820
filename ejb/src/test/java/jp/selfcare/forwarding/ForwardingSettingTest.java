package jp.selfcare.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import org.junit.jupiter.api.Test;

/** The form rules of spec 30-settings-site.md §1 on top of the destination rules. */
class ForwardingSettingTest {

  private static final NumberContext PLAIN =
      new NumberContext("0350000005", false, false, false, false);
  private static final NumberContext BULK_AND_BOX =
      new NumberContext("0350000005", false, false, true, true);

  private static ForwardingForm form(
      boolean forward,
      boolean unconditional,
      boolean busy,
      boolean noAnswer,
      String ring,
      ForwardingTarget target,
      String... lists) {
    List<String> all = new java.util.ArrayList<>(List.of(lists));
    while (all.size() < 5) {
      all.add("");
    }
    return new ForwardingForm(forward, unconditional, busy, noAnswer, false, ring, all, target);
  }

  @Test
  void unconditionalForwardingToAList() {
    Validation v =
        ForwardingSetting.validate(
            form(true, true, false, false, "", ForwardingTarget.LIST_2, "", "090-1234-5678"),
            PLAIN);
    assertThat(v.valid()).isTrue();
    assertThat(v.setting().destination()).isEqualTo("09012345678");
    assertThat(v.setting().ringSeconds()).isNull();
  }

  @Test
  void noAnswerNeedsARingTimeOfFiveToThirtySeconds() {
    assertThat(
            ForwardingSetting.validate(
                    form(true, false, true, true, "4", ForwardingTarget.LIST_1, "0312345678"),
                    PLAIN)
                .problems())
        .containsExactly(ForwardingProblem.RING_TIME);
    Validation ok =
        ForwardingSetting.validate(
            form(true, false, true, true, "30", ForwardingTarget.LIST_1, "0312345678"), PLAIN);
    assertThat(ok.setting().ringSeconds()).isEqualTo(30);
  }

  @Test
  void modesTargetsAndContracts() {
    assertThat(
            ForwardingSetting.validate(
                    form(true, false, false, false, "", ForwardingTarget.LIST_1, "0312345678"),
                    PLAIN)
                .problems())
        .containsExactly(ForwardingProblem.MODE_REQUIRED);
    assertThat(
            ForwardingSetting.validate(
                    form(true, true, true, false, "", ForwardingTarget.LIST_1, "0312345678"), PLAIN)
                .problems())
        .containsExactly(ForwardingProblem.UNCONDITIONAL_EXCLUSIVE);
    assertThat(
            ForwardingSetting.validate(
                    form(true, true, false, false, "", null, "0312345678"), PLAIN)
                .problems())
        .containsExactly(ForwardingProblem.TARGET_REQUIRED);
    assertThat(
            ForwardingSetting.validate(
                    form(true, true, false, false, "", ForwardingTarget.LIST_3, "0312345678"),
                    PLAIN)
                .problems())
        .containsExactly(ForwardingProblem.TARGET_EMPTY);
    assertThat(
            ForwardingSetting.validate(
                    form(true, true, false, false, "", ForwardingTarget.VOICEMAIL), PLAIN)
                .problems())
        .containsExactly(ForwardingProblem.VOICEMAIL_NOT_CONTRACTED);
  }

  @Test
  void aBulkForwardingContractRequiresListFive() {
    assertThat(
            ForwardingSetting.validate(
                    form(true, true, false, false, "", ForwardingTarget.VOICEMAIL), BULK_AND_BOX)
                .problems())
        .containsExactly(ForwardingProblem.LIST_5_REQUIRED);
    assertThat(
            ForwardingSetting.validate(
                    form(
                        true,
                        true,
                        false,
                        false,
                        "",
                        ForwardingTarget.VOICEMAIL,
                        "",
                        "",
                        "",
                        "",
                        "0312345678"),
                    BULK_AND_BOX)
                .valid())
        .isTrue();
  }

  @Test
  void everyBadListIsReportedWithItsRuleAndNothingIsAccepted() {
    Validation v =
        ForwardingSetting.validate(
            form(
                true,
                true,
                false,
                false,
                "",
                ForwardingTarget.LIST_1,
                "0312345678",
                "0120-123-456",
                "",
                "03-5000-0005"),
            PLAIN);
    assertThat(v.valid()).isFalse();
    assertThat(v.listProblems())
        .containsEntry(1, DestinationProblem.SPECIAL_NUMBER)
        .containsEntry(3, DestinationProblem.SOURCE_ITSELF)
        .hasSize(2);
  }

  @Test
  void notForwardingKeepsTheListsAndNeedsNoMode() {
    Validation v =
        ForwardingSetting.validate(
            form(false, false, false, false, "", null, "03-1234-5678"), PLAIN);
    assertThat(v.valid()).isTrue();
    assertThat(v.setting().forward()).isFalse();
    assertThat(v.setting().lists().get(0)).isEqualTo("0312345678");
    assertThat(v.setting().destination()).isEmpty();
  }

  @Test
  void theHistoryTextReadsBackToTheSameSetting() {
    ForwardingSetting setting =
        ForwardingSetting.validate(
                form(
                    true,
                    false,
                    true,
                    true,
                    "20",
                    ForwardingTarget.LIST_2,
                    "",
                    "090-1234-5678",
                    "",
                    "",
                    "0312345678"),
                PLAIN)
            .setting();
    assertThat(setting.encode()).isEqualTo("F;-BN-;r=20;l=,09012345678,,,0312345678;t=LIST_2");
    assertThat(ForwardingSetting.decode(setting.encode())).isEqualTo(setting);
    assertThat(ForwardingSetting.decode(ForwardingSetting.NONE.encode()))
        .isEqualTo(ForwardingSetting.NONE);
  }

  @Test
  void aSpecificDestinationIsTheContractedNumberWhateverIsTyped() {
    ForwardingForm typed =
        form(true, false, true, true, "20", ForwardingTarget.LIST_3, "", "", "09011112222");
    Validation v = ForwardingSetting.validateSpecificDestination(typed, PLAIN, "0120123456");

    assertThat(v.valid()).isTrue();
    assertThat(v.setting().lists()).containsExactly("0120123456", "", "", "", "");
    assertThat(v.setting().target()).isEqualTo(ForwardingTarget.LIST_1);
    assertThat(v.setting().destination()).isEqualTo("0120123456");
    assertThat(
            ForwardingSetting.validate(
                    form(true, true, false, false, "", ForwardingTarget.LIST_1, "0120123456"),
                    PLAIN)
                .valid())
        .as("typed as an ordinary destination, 0120 is refused")
        .isFalse();
  }

  @Test
  void aSpecificDestinationStillNeedsValidModes() {
    Validation v =
        ForwardingSetting.validateSpecificDestination(
            form(true, true, true, false, "", null), PLAIN, "0570123456");
    assertThat(v.problems()).containsExactly(ForwardingProblem.UNCONDITIONAL_EXCLUSIVE);
    assertThat(
            ForwardingSetting.validateSpecificDestination(
                    form(false, false, false, false, "", null), PLAIN, "0570123456")
                .setting()
                .forward())
        .isFalse();
  }

  @org.junit.jupiter.api.Test
  void aMobileOfficeNumberTakesUnconditionalForwardingOnly() {
    NumberContext office = new NumberContext("0459990001", false, false, false, false, true);

    ForwardingSetting.Validation conditional =
        ForwardingSetting.validate(
            new ForwardingForm(
                true,
                false,
                true,
                true,
                false,
                "20",
                java.util.List.of("09011112222", "", "", "", ""),
                ForwardingTarget.LIST_1),
            office);
    ForwardingSetting.Validation unconditional =
        ForwardingSetting.validate(
            new ForwardingForm(
                true,
                true,
                false,
                false,
                false,
                null,
                java.util.List.of("09011112222", "", "", "", ""),
                ForwardingTarget.LIST_1),
            office);

    org.assertj.core.api.Assertions.assertThat(conditional.problems())
        .containsExactly(ForwardingProblem.UNCONDITIONAL_ONLY);
    org.assertj.core.api.Assertions.assertThat(unconditional.valid()).isTrue();
  }
}
