package jp.selfcare.bulk.csv;

/** A file that is not a 一括設定 CSV: refused at upload, no job started. */
public class CsvRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** No bytes, or a header without rows. */
    EMPTY,
    /** Not text in UTF-8 or Windows-31J (e.g. a spreadsheet or an image). */
    BINARY,
    /** The first row is not the header of §3. */
    HEADER,
    /** Broken quoting. */
    NOT_CSV,
    /** More than {@link SettingsCsv#MAX_ROWS} rows. */
    TOO_MANY_ROWS
  }

  private final Reason reason;

  public CsvRefusedException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
