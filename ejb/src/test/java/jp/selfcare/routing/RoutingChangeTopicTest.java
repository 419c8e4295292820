package jp.selfcare.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.selfcare.events.NumbersChanged.Part;
import org.junit.jupiter.api.Test;

class RoutingChangeTopicTest {

  @Test
  void aMessageCarriesEveryEntryWithItsPartAndNumbers() {
    List<RoutingChange> changes =
        List.of(
            new RoutingChange(7, Part.ALL, List.of(12L)),
            new RoutingChange(8, Part.FORWARDING, List.of(12L, 13L, 14L)));

    String text = RoutingChangeTopic.format(changes);

    assertThat(text).isEqualTo("7 ALL 12\n8 FORWARDING 12,13,14");
    assertThat(RoutingChangeTopic.parse(text)).isEqualTo(changes);
  }

  @Test
  void anEntryWithoutNumbersAndAnEmptyMessageReadBack() {
    assertThat(RoutingChangeTopic.parse("9 ALL "))
        .containsExactly(new RoutingChange(9, Part.ALL, List.of()));
    assertThat(RoutingChangeTopic.parse("")).isEmpty();
  }

  @Test
  void aGarbledLineIsRefused() {
    assertThatThrownBy(() -> RoutingChangeTopic.parse("nine"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
