package jp.selfcare.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 起動状態 machine of spec 40-bulk-and-batch.md §1, every state against every activation. */
class GroupStateTest {

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "STOPPED, START, STARTING, STARTED",
    "STARTED, STOP, STOPPING, STOPPED",
  })
  void accepted(GroupState from, Activation activation, GroupState during, GroupState after) {
    assertThat(from.begin(activation)).isEqualTo(during);
    assertThat(during.transitional()).isTrue();
    assertThat(during.end()).isEqualTo(after);
    assertThat(after.transitional()).isFalse();
  }

  @ParameterizedTest(name = "{0} + {1} refused: {2}")
  @CsvSource({
    "STARTING, START, IN_TRANSITION",
    "STARTING, STOP, IN_TRANSITION",
    "STOPPING, START, IN_TRANSITION",
    "STOPPING, STOP, IN_TRANSITION",
    "STOPPED, STOP, ALREADY",
    "STARTED, START, ALREADY",
  })
  void refused(GroupState from, Activation activation, GroupStateException.Reason reason) {
    assertThatThrownBy(() -> from.begin(activation))
        .isInstanceOfSatisfying(
            GroupStateException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.state()).isEqualTo(from);
            });
  }

  @ParameterizedTest
  @CsvSource({"STOPPED", "STARTED"})
  void onlyATransitionEnds(GroupState state) {
    assertThatThrownBy(state::end)
        .isInstanceOfSatisfying(
            GroupStateException.class,
            e -> assertThat(e.reason()).isEqualTo(GroupStateException.Reason.NOT_IN_TRANSITION));
  }

  @ParameterizedTest
  @CsvSource({"STOPPED, true", "STARTING, false", "STARTED, false", "STOPPING, false"})
  void groupsChangeOnlyWhileStopped(GroupState state, boolean editable) {
    assertThat(state.editable()).isEqualTo(editable);
  }
}
