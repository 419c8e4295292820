package jp.selfcare.billing.monthly;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import jp.selfcare.billing.bills.MonthlyBilling;

/**
 * The customers with a number held in the month, by id, a page at a time; the checkpoint is the
 * last customer read, so a restart goes on after the last committed chunk.
 */
@Named
@Dependent
public class CustomerReader extends AbstractItemReader {

  private static final int PAGE = 100;

  @Inject
  @BatchProperty(name = MonthlyBilling.MONTH)
  private String month;

  @Inject private BillingRun run;

  private final Deque<Long> page = new ArrayDeque<>();
  private long last;
  private boolean done;

  @Override
  public void open(Serializable checkpoint) {
    last = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !done) {
      page.addAll(run.billing().customers(run.id(), run.execution(), run.month(month), last, PAGE));
      done = page.size() < PAGE;
    }
    Long next = page.poll();
    if (next != null) {
      last = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
