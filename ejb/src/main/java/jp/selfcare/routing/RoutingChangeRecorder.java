package jp.selfcare.routing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.events.NumberChanged;
import jp.selfcare.events.NumbersChanged;

/**
 * Writes each change of numbers into the routing change log inside the change's own transaction (so
 * the entry exists exactly when the change committed) and, once the transaction committed, has
 * {@link RoutingChangeTopic} tell every node which entries to apply — one message per transaction,
 * however many numbers it changed. This node's cache reloads the numbers itself in the committing
 * thread (the {@link RoutingCache}'s own observers); the message only moves its version.
 */
@ApplicationScoped
public class RoutingChangeRecorder {

  private static final Object PENDING = RoutingChangeRecorder.class;

  @EJB private RoutingChanges log;

  @EJB private RoutingChangeTopic topic;

  @Resource private TransactionSynchronizationRegistry transactions;

  void record(@Observes NumberChanged change) {
    record(NumbersChanged.Part.ALL, List.of(change.ipNumberId()));
  }

  void record(@Observes NumbersChanged change) {
    if (!change.ipNumberIds().isEmpty()) {
      record(change.part(), change.ipNumberIds());
    }
  }

  private void record(NumbersChanged.Part part, List<Long> ipNumberIds) {
    if (transactions.getTransactionKey() == null) {
      // a change made outside a transaction: the entry committed on its own already
      topic.publish(log.record(part, ipNumberIds));
    } else {
      pending().changes.addAll(log.record(part, ipNumberIds));
    }
  }

  private Pending pending() {
    Pending pending = (Pending) transactions.getResource(PENDING);
    if (pending == null) {
      pending = new Pending();
      transactions.putResource(PENDING, pending);
      transactions.registerInterposedSynchronization(pending);
    }
    return pending;
  }

  /** The entries one transaction wrote, published when it commits. */
  private final class Pending implements Synchronization {
    private final List<RoutingChange> changes = new ArrayList<>();

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        topic.publish(List.copyOf(changes));
      }
    }
  }
}
