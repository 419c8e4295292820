package jp.selfcare.hold;

/** A number a bulk upload or download holds, by database id, with the site it is on. */
public record HeldNumber(long numberId, long siteId) {

  /** From a query row whose first two columns are the number's id and its site's id. */
  public static HeldNumber of(Object[] row) {
    return new HeldNumber(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }
}
