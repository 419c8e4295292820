package jp.selfcare.billing.station;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A call search that breaks its rules, with every rule it breaks. */
@ApplicationException(rollback = true)
public class CallSearchRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<CallSearch.Problem> problems;

  public CallSearchRefused(List<CallSearch.Problem> problems) {
    super("call search refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<CallSearch.Problem> problems() {
    return problems;
  }
}
