package jp.selfcare.messagebox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.selfcare.messagebox.MessageBoxForm.AddressForm;
import jp.selfcare.messagebox.MessageBoxForm.Kind;
import jp.selfcare.messagebox.MessageBoxForm.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** メッセージボックス's form rules (spec §6): addresses with confirmation, conditions, PIN. */
class MessageBoxFormTest {

  private static final AddressForm UNUSED = new AddressForm("", "", Notify.NEVER, false);

  private static MessageBoxForm form(AddressForm first, String pin, String again) {
    return new MessageBoxForm(
        List.of(first, UNUSED, UNUSED), GuidanceType.ANSWER_AND_RECORD, pin, again);
  }

  private static AddressForm row(String address, String confirmation) {
    return new AddressForm(address, confirmation, Notify.ON_RECORD, true);
  }

  @Test
  void aMatchingAddressAndAGoodPinPass() {
    MessageBoxForm form = form(row("a@example.jp", "a@example.jp"), "2580", "2580");
    assertThat(form.check(false)).isEmpty();
    assertThat(form.used()).containsExactly(new Address(1, "a@example.jp", Notify.ON_RECORD, true));
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} → {2}")
  @CsvSource({
    "a@example.jp,  b@example.jp, ADDRESS_CONFIRMATION",
    "a@example.jp,  '',           ADDRESS_CONFIRMATION",
    "'',            a@example.jp, ADDRESS_CONFIRMATION",
    "not-an-address, not-an-address, ADDRESS_FORMAT",
  })
  void addressRowsAreChecked(String address, String confirmation, Kind kind) {
    assertThat(form(row(address, confirmation), "", "").check(true))
        .containsExactly(new Problem(1, kind));
  }

  @Test
  void theSameAddressTwiceIsRefused() {
    MessageBoxForm form =
        new MessageBoxForm(
            List.of(
                row("a@example.jp", "a@example.jp"), row("A@example.jp", "A@example.jp"), UNUSED),
            GuidanceType.ANSWER_ONLY,
            "",
            "");
    assertThat(form.check(true)).containsExactly(new Problem(2, Kind.ADDRESS_DUPLICATE));
  }

  @Test
  void aUsedRowNeedsACondition() {
    AddressForm noCondition = new AddressForm("a@example.jp", "a@example.jp", null, false);
    assertThat(form(noCondition, "", "").check(true))
        .containsExactly(new Problem(1, Kind.NOTIFY_REQUIRED));
  }

  @Test
  void blankPinKeepsTheCurrentOneButABoxWithoutOneNeedsIt() {
    assertThat(form(UNUSED, "", "").check(true)).isEmpty();
    assertThat(form(UNUSED, "", "").check(false))
        .containsExactly(new Problem(0, Kind.PIN_REQUIRED));
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} → {2}")
  @CsvSource({
    "123,      123,      PIN_DIGITS",
    "123456789, 123456789, PIN_DIGITS",
    "12a4,     12a4,     PIN_DIGITS",
    "9067893,  9067893,  PIN_SEQUENCE",
    "32109,    32109,    PIN_SEQUENCE",
    "511112,   511112,   PIN_REPEATED",
    "2580,     2581,     PIN_CONFIRMATION",
    "'',       2580,     PIN_DIGITS",
  })
  void pinRulesAreNamed(String pin, String again, Kind kind) {
    assertThat(form(UNUSED, pin, again).check(true)).contains(new Problem(0, kind));
  }

  @Test
  void aGuidanceTypeIsRequired() {
    MessageBoxForm form = new MessageBoxForm(List.of(UNUSED, UNUSED, UNUSED), null, "", "");
    assertThat(form.check(true)).containsExactly(new Problem(0, Kind.GUIDANCE_REQUIRED));
  }
}
