package jp.selfcare.provisioning.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

  @Test
  void linesAreNumberedWithTheirEndsRemoved() throws Exception {
    BoundedLines lines = new BoundedLines(new StringReader("a\r\nbb\n\nlast"), 10);
    assertThat(lines.next()).isEqualTo(new OrderLine(1, "a", 0));
    assertThat(lines.next()).isEqualTo(new OrderLine(2, "bb", 0));
    assertThat(lines.next()).isEqualTo(new OrderLine(3, "", 0));
    assertThat(lines.next()).isEqualTo(new OrderLine(4, "last", 0));
    assertThat(lines.next()).isNull();
    assertThat(lines.line()).isEqualTo(4);
  }

  @Test
  void aLineLongerThanTheMaximumIsReportedByItsLengthAndTheNextOneIsRead() throws Exception {
    BoundedLines lines = new BoundedLines(new StringReader("12345\n1234567890123\nok\n"), 5);
    assertThat(lines.next()).isEqualTo(new OrderLine(1, "12345", 0));
    assertThat(lines.next()).isEqualTo(new OrderLine(2, null, 13));
    assertThat(lines.next()).isEqualTo(new OrderLine(3, "ok", 0));
    assertThat(lines.next()).isNull();
  }

  @Test
  void anEmptyTextHasNoLine() throws Exception {
    assertThat(new BoundedLines(new StringReader(""), 5).next()).isNull();
  }
}
