package jp.selfcare.webbilling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.selfcare.billing.bills.MonthClosed;

/**
 * Starts the bill notification mail as soon as a month's closing has committed (the sweep of {@link
 * BillNotices} sends whatever this misses).
 */
@ApplicationScoped
public class BillNoticeTrigger {

  private static final Logger LOG = Logger.getLogger(BillNoticeTrigger.class.getName());

  @EJB private BillNotices notices;

  void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MonthClosed event) {
    try {
      notices.send(event.month());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "bill notification of " + event.month() + " left to the sweep", e);
    }
  }
}
