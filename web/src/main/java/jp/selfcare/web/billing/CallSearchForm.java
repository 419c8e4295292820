package jp.selfcare.web.billing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.selfcare.billing.station.CallSearch;
import jp.selfcare.billing.tariff.Rating;

/**
 * The search fields 通話明細 and 発信元電話番号単位の集計 share: a period (this month so far by default) and
 * calling numbers separated by spaces, commas or new lines (hyphens ignored).
 */
public class CallSearchForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate from = LocalDate.now(Rating.ZONE).withDayOfMonth(1);
  private LocalDate to = LocalDate.now(Rating.ZONE);
  private String numbers;

  /** The search the fields make (its rules are checked by the service). */
  public CallSearch search() {
    List<String> list =
        numbers == null || numbers.isBlank()
            ? List.of()
            : Arrays.stream(numbers.replace("-", "").split("[\\s,、，]+"))
                .filter(n -> !n.isBlank())
                .distinct()
                .toList();
    return new CallSearch(
        from == null ? LocalDate.now(Rating.ZONE) : from,
        to == null ? LocalDate.now(Rating.ZONE) : to,
        list);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getNumbers() {
    return numbers;
  }

  public void setNumbers(String numbers) {
    this.numbers = numbers;
  }
}
