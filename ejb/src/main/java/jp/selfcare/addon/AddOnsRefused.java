package jp.selfcare.addon;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** An add-on change refused because numbers could not leave their groups; nothing was changed. */
@ApplicationException(rollback = true)
public class AddOnsRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<GroupTies.Problem> problems;

  public AddOnsRefused(List<GroupTies.Problem> problems) {
    super("add-on change refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  /** Every tie that stands in the way. */
  public List<GroupTies.Problem> problems() {
    return problems;
  }
}
