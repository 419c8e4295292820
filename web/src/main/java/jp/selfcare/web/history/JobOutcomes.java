package jp.selfcare.web.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.selfcare.web.i18n.Messages;

/**
 * A bulk job's outcome in the page's language. The jobs record their counts in the settings history
 * language-neutrally, as "n OK, m ERROR"; the pages (一括転送, 一括設定, 設定履歴) show them as words. Any
 * other message is shown as it is.
 */
@Named
@ApplicationScoped
public class JobOutcomes {

  private static final Pattern COUNTS = Pattern.compile("(\\d+) OK, (\\d+) ERROR");

  public String text(String message) {
    if (message == null) {
      return null;
    }
    Matcher counts = COUNTS.matcher(message);
    return counts.matches()
        ? Messages.text("bulk.outcomeCounts", counts.group(1), counts.group(2))
        : message;
  }
}
