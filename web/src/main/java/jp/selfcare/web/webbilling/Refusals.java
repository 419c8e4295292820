package jp.selfcare.web.webbilling;

import java.util.Map;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.LinesRefused;
import jp.selfcare.webbilling.MemberProblem;
import jp.selfcare.webbilling.MemberRefused;

/** Shows every rule a member's request broke, each in the member's language. */
final class Refusals {

  private Refusals() {}

  static void show(MemberRefused refused) {
    if (refused instanceof LinesRefused lines) {
      for (Map.Entry<String, MemberProblem> e : lines.byNumber().entrySet()) {
        Messages.error("billing.line." + e.getValue().name(), e.getKey());
      }
      refused.problems().stream()
          .filter(p -> !lines.byNumber().containsValue(p))
          .forEach(p -> Messages.error("billing.problem." + p.name()));
      return;
    }
    Messages.errors("billing.problem.", refused.problems());
    Messages.errors("billing.violation.", refused.violations());
  }
}
