package jp.selfcare.bulk.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.selfcare.bulk.csv.CsvRefusedException.Reason;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;

/**
 * The 一括設定 CSV of spec 40-bulk-and-batch.md §3: one header row, then one row per number with the
 * columns of {@link #HEADER}. Upload accepts UTF-8 with or without a BOM and Windows-31J
 * (Shift_JIS), CRLF or LF, RFC 4180 quoting; download writes UTF-8 with a BOM and CRLF.
 */
public final class SettingsCsv {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "IP電話番号", "転送設定", "無条件転送", "話中時転送", "無応答転送", "不通時転送", "呼出時間", "転送先", "リスト1", "リスト2",
          "リスト3", "リスト4", "リスト5");

  /** The most data rows a file may hold. */
  public static final int MAX_ROWS = 100_000;

  private static final Pattern PHONE_NUMBER = Pattern.compile("0\\d{9,10}");

  /** Shift_JIS as Windows writes it (①, ～, －, №, 髙, 﨑 …). */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private static final int NUMBER = 0;
  private static final int FORWARD = 1;
  private static final int FIRST_CONDITION = 2;
  private static final int RING = 6;
  private static final int TARGET = 7;
  private static final int FIRST_LIST = 8;

  private SettingsCsv() {}

  /** What the shape check found: the file's charset and its number of data rows. */
  public record Shape(Charset charset, int rows, Set<String> numbers) {

    public Shape {
      numbers = Set.copyOf(numbers);
    }
  }

  /** A data row read as a form, or the ways it is malformed (in the order of the columns). */
  public record Parsed(
      long line,
      List<String> fields,
      String number,
      ForwardingForm form,
      List<RowProblem> problems) {
    public boolean wellFormed() {
      return problems.isEmpty();
    }
  }

  /** How a row can be malformed before the settings rules look at it. */
  public enum RowProblem {
    /** Not 13 columns. */
    FIELD_COUNT,
    /** IP電話番号 is not 10 or 11 digits (hyphens allowed). */
    NUMBER,
    /** 転送設定 or a condition is not 1 or 0. */
    FLAG,
    /** 呼出時間 given although 無応答転送 is not 1. */
    RING_WITHOUT_NO_ANSWER,
    /** 転送先 is not 1–5, VM or empty. */
    TARGET,
    /** 転送先 given although 転送設定 is 0. */
    TARGET_WITHOUT_FORWARDING
  }

  /**
   * Checks the shape before any job starts: not empty, text in UTF-8 or Windows-31J, the header of
   * §3, correct quoting, at most {@link #MAX_ROWS} rows. Streams the file twice; memory stays flat
   * but for the well-formed numbers of the rows (hyphens removed), which the upload holds.
   */
  public static Shape check(Path file) throws IOException, CsvRefusedException {
    if (Files.size(file) == 0) {
      throw new CsvRefusedException(Reason.EMPTY);
    }
    Charset charset = charsetOf(file);
    int rows = 0;
    Set<String> numbers = new HashSet<>();
    try (CsvReader<CsvRecord> reader = reader(file, charset)) {
      Iterator<CsvRecord> records = reader.iterator();
      if (!records.hasNext() || !HEADER.equals(records.next().getFields())) {
        throw new CsvRefusedException(Reason.HEADER);
      }
      while (records.hasNext()) {
        CsvRecord row = records.next();
        String number = row.getFieldCount() == 0 ? "" : digits(row.getField(NUMBER));
        if (PHONE_NUMBER.matcher(number).matches()) {
          numbers.add(number);
        }
        if (++rows > MAX_ROWS) {
          throw new CsvRefusedException(Reason.TOO_MANY_ROWS);
        }
      }
    } catch (CsvParseException | UncheckedIOException e) {
      throw new CsvRefusedException(Reason.NOT_CSV);
    }
    if (rows == 0) {
      throw new CsvRefusedException(Reason.EMPTY);
    }
    return new Shape(charset, rows, numbers);
  }

  /** The file's records, the header first (a UTF-8 BOM is skipped). */
  public static CsvReader<CsvRecord> reader(Path file, Charset charset) throws IOException {
    return CsvReader.builder()
        .detectBomHeader(StandardCharsets.UTF_8.equals(charset))
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .allowUnclosedQuote(false)
        .ofCsvRecord(file, charset);
  }

  /**
   * UTF-8 when the whole file decodes as UTF-8 (with or without a BOM), else Windows-31J when it
   * decodes as that; a NUL byte or neither decoding means binary.
   */
  static Charset charsetOf(Path file) throws IOException, CsvRefusedException {
    if (decodes(file, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (decodes(file, WINDOWS_31J)) {
      return WINDOWS_31J;
    }
    throw new CsvRefusedException(Reason.BINARY);
  }

  private static boolean decodes(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    try (InputStream stream = Files.newInputStream(file)) {
      byte[] chunk = new byte[32 * 1024];
      int read;
      while ((read = stream.read(chunk)) >= 0) {
        for (int i = 0; i < read; i++) {
          if (chunk[i] == 0) {
            return false;
          }
        }
        in.put(chunk, 0, read);
        in.flip();
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
          return false;
        }
        in.compact();
        out.clear();
      }
      in.flip();
      CoderResult end = decoder.decode(in, out, true);
      if (end.isError()) {
        return false;
      }
      return !decoder.flush(out).isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** A data row as a form (hyphens and surrounding blanks removed from the number). */
  public static Parsed parse(CsvRecord record) {
    List<String> fields = record.getFields();
    long line = record.getStartingLineNumber();
    List<RowProblem> problems = new ArrayList<>();
    if (fields.size() != HEADER.size()) {
      return new Parsed(
          line,
          fields,
          fields.isEmpty() ? "" : digits(fields.get(0)),
          null,
          List.of(RowProblem.FIELD_COUNT));
    }
    String number = digits(fields.get(NUMBER));
    if (!PHONE_NUMBER.matcher(number).matches()) {
      problems.add(RowProblem.NUMBER);
    }
    boolean[] flags = new boolean[5];
    for (int i = 0; i < 5; i++) {
      String flag = fields.get(FORWARD + i).strip();
      if (!flag.equals("0") && !flag.equals("1")) {
        if (!problems.contains(RowProblem.FLAG)) {
          problems.add(RowProblem.FLAG);
        }
      }
      flags[i] = flag.equals("1");
    }
    String ring = fields.get(RING).strip();
    if (!ring.isEmpty() && !flags[3]) {
      problems.add(RowProblem.RING_WITHOUT_NO_ANSWER);
    }
    String targetText = fields.get(TARGET).strip();
    ForwardingTarget target = null;
    if (!targetText.isEmpty()) {
      target = target(targetText);
      if (target == null) {
        problems.add(RowProblem.TARGET);
      } else if (!flags[0]) {
        problems.add(RowProblem.TARGET_WITHOUT_FORWARDING);
      }
    }
    List<String> lists = new ArrayList<>();
    for (int i = 0; i < ForwardingForm.LISTS; i++) {
      lists.add(fields.get(FIRST_LIST + i).strip());
    }
    ForwardingForm form =
        new ForwardingForm(flags[0], flags[1], flags[2], flags[3], flags[4], ring, lists, target);
    return new Parsed(line, fields, number, form, List.copyOf(problems));
  }

  /** A number's setting as a row of the download. */
  public static List<String> row(String number, ForwardingSetting s) {
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(number);
    row.add(flag(s.forward()));
    row.add(flag(s.forward() && s.unconditional()));
    row.add(flag(s.forward() && s.busy()));
    row.add(flag(s.forward() && s.noAnswer()));
    row.add(flag(s.forward() && s.unreachable()));
    row.add(
        s.forward() && s.noAnswer() && s.ringSeconds() != null ? s.ringSeconds().toString() : "");
    row.add(!s.forward() || s.target() == null ? "" : target(s.target()));
    row.addAll(s.lists());
    return row;
  }

  private static String flag(boolean on) {
    return on ? "1" : "0";
  }

  private static String target(ForwardingTarget target) {
    return target == ForwardingTarget.VOICEMAIL ? "VM" : Integer.toString(target.listIndex() + 1);
  }

  private static ForwardingTarget target(String text) {
    return switch (text) {
      case "1" -> ForwardingTarget.LIST_1;
      case "2" -> ForwardingTarget.LIST_2;
      case "3" -> ForwardingTarget.LIST_3;
      case "4" -> ForwardingTarget.LIST_4;
      case "5" -> ForwardingTarget.LIST_5;
      case "VM", "vm" -> ForwardingTarget.VOICEMAIL;
      default -> null;
    };
  }

  private static String digits(String number) {
    return number.replace("-", "").strip();
  }
}
