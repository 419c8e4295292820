package jp.selfcare.webbilling;

import jakarta.ejb.ApplicationException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.selfcare.identity.Violation;

/** A change of target lines refused: each number with what is wrong with it; nothing stored. */
@ApplicationException(rollback = true)
public class LinesRefused extends MemberRefused {

  private static final long serialVersionUID = 1L;

  private final Map<String, MemberProblem> byNumber;

  public LinesRefused(Set<MemberProblem> overall, Map<String, MemberProblem> byNumber) {
    super(withAll(overall, byNumber), EnumSet.noneOf(Violation.class));
    this.byNumber = new LinkedHashMap<>(byNumber);
  }

  private static Set<MemberProblem> withAll(
      Set<MemberProblem> overall, Map<String, MemberProblem> byNumber) {
    Set<MemberProblem> all = EnumSet.noneOf(MemberProblem.class);
    all.addAll(overall);
    all.addAll(byNumber.values());
    return all;
  }

  /** The numbers refused, in the order typed, each with its problem. */
  public Map<String, MemberProblem> byNumber() {
    return java.util.Collections.unmodifiableMap(byNumber);
  }
}
