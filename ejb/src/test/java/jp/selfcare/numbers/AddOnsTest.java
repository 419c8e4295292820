package jp.selfcare.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddOnsTest {

  @Test
  void noneHasNoFeature() {
    assertThat(AddOns.NONE.features()).isEmpty();
  }

  @Test
  void ofBuildsExactlyTheGivenFeatures() {
    AddOns addOns =
        AddOns.of(EnumSet.of(AddOn.MESSAGE_BOX, AddOn.BULK_FORWARDING, AddOn.MEMBERS_NET));
    assertThat(addOns.features())
        .containsExactly(AddOn.MESSAGE_BOX, AddOn.BULK_FORWARDING, AddOn.MEMBERS_NET);
    assertThat(addOns.has(AddOn.NUISANCE_BLOCKING)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0120123456", "08001234567", "0570123456"})
  void specificNumbersTakeFreephoneOrNaviDial(String number) {
    AddOns addOns = AddOns.NONE.withSpecificDestination(number).withSpecificPresentation(number);
    assertThat(addOns.features())
        .containsExactly(AddOn.SPECIFIC_NUMBER_PRESENTATION, AddOn.SPECIFIC_DESTINATION);
    assertThat(addOns.destinationNumber()).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0312345678", "012012345", "0990123456", ""})
  void specificNumbersRefuseOtherNumbers(String number) {
    assertThatThrownBy(() -> AddOns.NONE.withSpecificDestination(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0120, 0800 or 0570");
  }

  @Test
  void specificFeaturesCannotBeAddedWithoutTheirNumber() {
    assertThatThrownBy(() -> AddOns.NONE.with(AddOn.SPECIFIC_DESTINATION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNumberWithoutItsContractIsRefused() {
    assertThatThrownBy(
            () -> new AddOns(false, false, false, false, false, false, false, "0120123456", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not contracted");
  }
}
