package jp.selfcare.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a job's progress bar says: never "done" while the job still runs. */
class ProgressTest {

  @Test
  void aRunningJobWhoseRowsAreAllDoneIsFinishingNotDone() {
    Progress allRows = new Progress(3, 3);
    assertThat(allRows.percentWhile(true)).isEqualTo(99);
    assertThat(allRows.finishing(true)).isTrue();
    assertThat(allRows.percentWhile(false)).isEqualTo(100);
    assertThat(allRows.finishing(false)).isFalse();
  }

  @Test
  void aRunningJobPartWayShowsItsRows() {
    Progress third = new Progress(1, 3);
    assertThat(third.percentWhile(true)).isEqualTo(33);
    assertThat(third.finishing(true)).isFalse();
    Progress none = new Progress(0, 3);
    assertThat(none.percentWhile(true)).isZero();
    assertThat(none.finishing(true)).isFalse();
  }

  @Test
  void aRunningJobWithNothingToCountIsFinishing() {
    assertThat(new Progress(0, 0).percentWhile(true)).isEqualTo(99);
    assertThat(new Progress(0, 0).finishing(true)).isTrue();
    assertThat(new Progress(0, 0).percent()).isEqualTo(100);
  }
}
