package jp.selfcare.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import jp.selfcare.events.NumbersChanged.Part;
import org.junit.jupiter.api.Test;

class RoutingChangeTopicTest {

  private static final Instant WRITTEN = Instant.parse("2026-12-07T00:20:00.125Z");

  @Test
  void aMessageCarriesEveryEntryWithItsPartTimeAndNumbers() {
    List<RoutingChange> changes =
        List.of(
            new RoutingChange(7, Part.ALL, List.of(12L), WRITTEN),
            new RoutingChange(8, Part.FORWARDING, List.of(12L, 13L, 14L), WRITTEN));

    String text = RoutingChangeTopic.format(changes);

    assertThat(text).isEqualTo("7 ALL 1796602800125 12\n8 FORWARDING 1796602800125 12,13,14");
    assertThat(RoutingChangeTopic.parse(text)).isEqualTo(changes);
  }

  @Test
  void anEntryWithoutNumbersAndAnEmptyMessageReadBack() {
    assertThat(RoutingChangeTopic.parse("9 ALL 1796602800125 "))
        .containsExactly(new RoutingChange(9, Part.ALL, List.of(), WRITTEN));
    assertThat(RoutingChangeTopic.parse("")).isEmpty();
  }

  @Test
  void aGarbledLineIsRefused() {
    assertThatThrownBy(() -> RoutingChangeTopic.parse("nine"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoutingChangeTopic.parse("9 ALL noon 12"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
