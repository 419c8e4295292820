package jp.selfcare.billing.calls;

import java.util.List;

/**
 * One row of a call-record file as read: its line in the file and its fields.
 *
 * @param header whether it stands where the header belongs (the file's first row)
 */
public record CallRow(long line, List<String> fields, boolean header) {

  public CallRow {
    fields = List.copyOf(fields);
  }
}
