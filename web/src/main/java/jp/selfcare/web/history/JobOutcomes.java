package jp.selfcare.web.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.selfcare.history.JobCounts;
import jp.selfcare.web.i18n.Messages;

/**
 * A job's outcome in the page's language (一括転送, 一括設定, 設定履歴): its counts in words — rows done and
 * rows with an error, or rows written — else the failure's description as recorded.
 */
@Named
@ApplicationScoped
public class JobOutcomes {

  /** The outcome, or null when there is nothing to say yet. */
  public String text(JobCounts counts, String message) {
    if (counts == null) {
      return message;
    }
    return counts.failed() == null
        ? Messages.text("bulk.outcomeRows", counts.done())
        : Messages.text("bulk.outcomeCounts", counts.done(), counts.failed());
  }
}
