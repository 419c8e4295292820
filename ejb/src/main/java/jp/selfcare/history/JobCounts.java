package jp.selfcare.history;

import java.io.Serializable;

/**
 * What a completed job did, in numbers the pages word in the reader's language: the rows done and,
 * for jobs that check each row, the rows refused with an error (null for a download, whose rows all
 * go into the file).
 */
public record JobCounts(int done, Integer failed) implements Serializable {

  /** A job that checks each row: this many done, this many with an error. */
  public static JobCounts checked(int done, int failed) {
    return new JobCounts(done, failed);
  }

  /** A job that writes every row: this many written. */
  public static JobCounts written(int rows) {
    return new JobCounts(rows, null);
  }
}
