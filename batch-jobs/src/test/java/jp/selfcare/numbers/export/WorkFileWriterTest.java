package jp.selfcare.numbers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import jp.selfcare.directory.NumberRow;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.NumberType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restarted job resumes from the last committed checkpoint: rows written by a chunk that never
 * committed are cut off, committed rows stay, so nothing is lost or written twice.
 */
class WorkFileWriterTest {

  @TempDir Path data;

  private String previousDataDir;

  @BeforeEach
  void pointDataDirHere() {
    previousDataDir = System.setProperty("jboss.server.data.dir", data.toString());
  }

  @AfterEach
  void restoreDataDir() {
    if (previousDataDir == null) {
      System.clearProperty("jboss.server.data.dir");
    } else {
      System.setProperty("jboss.server.data.dir", previousDataDir);
    }
  }

  @Test
  void restartCutsTheUncommittedChunkAndContinuesAfterTheCheckpoint() throws IOException {
    WorkFileWriter first = new WorkFileWriter("7");
    first.open(null);
    first.writeItems(rows(0, 3));
    Serializable committed = first.checkpointInfo();
    first.writeItems(rows(3, 6)); // this chunk's transaction "crashes" before its checkpoint

    WorkFileWriter restarted = new WorkFileWriter("7");
    restarted.open(committed);
    restarted.writeItems(rows(3, 6));

    List<String> lines =
        Files.readAllLines(NumberInformationJob.workFile(7), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(6);
    assertThat(lines.stream().map(l -> l.substring(0, 10)))
        .containsExactly(
            "0312340000", "0312340001", "0312340002", "0312340003", "0312340004", "0312340005");
  }

  @Test
  void aFreshStartDiscardsLeftoversOfAnEarlierAttempt() throws IOException {
    WorkFileWriter crashed = new WorkFileWriter("8");
    crashed.open(null);
    crashed.writeItems(rows(0, 2));

    WorkFileWriter again = new WorkFileWriter("8");
    again.open(null);
    again.writeItems(rows(0, 1));

    assertThat(Files.readAllLines(NumberInformationJob.workFile(8))).hasSize(1);
  }

  @Test
  void aWorkFileShorterThanItsCheckpointIsRefused() throws IOException {
    WorkFileWriter writer = new WorkFileWriter("9");
    writer.open(null);
    writer.writeItems(rows(0, 1));
    Files.delete(NumberInformationJob.workFile(9));

    assertThatThrownBy(() -> new WorkFileWriter("9").open(1_000L))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("shorter than its checkpoint");
  }

  @Test
  void recordsCarryTheNumberItsBasicNumberAndEachAddOnFlag() throws IOException {
    WorkFileWriter writer = new WorkFileWriter("10");
    writer.open(null);
    writer.writeItems(
        List.of(
            new NumberRow(
                "0312340001",
                NumberType.DIAL_IN,
                "0312340000",
                "N200000001",
                "1000001",
                "東京本社",
                "Y15000001",
                "株式会社サンプル商事",
                AddOns.NONE.with(AddOn.MESSAGE_BOX).withSpecificDestination("0120123456"))));

    String line = Files.readAllLines(NumberInformationJob.workFile(10)).get(0);

    assertThat(line)
        .isEqualTo("0312340001,DIAL_IN,0312340000,N200000001,1000001,,0120123456,1,0,0,0,0,1,0");
  }

  private static List<Object> rows(int from, int to) {
    return IntStream.range(from, to)
        .<Object>mapToObj(
            i ->
                new NumberRow(
                    String.format("03123400%02d", i),
                    NumberType.BASIC,
                    null,
                    "N200000001",
                    "1000001",
                    "東京本社",
                    "Y15000001",
                    "株式会社サンプル商事",
                    AddOns.NONE))
        .toList();
  }
}
