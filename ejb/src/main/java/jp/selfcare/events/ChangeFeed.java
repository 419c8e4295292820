package jp.selfcare.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The committed changes of this server, in order, each with a sequence number: what was published,
 * for diagnosis and for the tests that show a change publishes exactly one event and a refused or
 * rolled-back one none. The routing cache observes the same events itself. Keeps the newest {@value
 * #KEPT}.
 */
@ApplicationScoped
public class ChangeFeed {

  static final int KEPT = 10_000;

  /** A published change with its place in the feed. */
  public record Entry(long sequence, NumberChanged change) {}

  private final Deque<Entry> entries = new ArrayDeque<>();
  private long sequence;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NumberChanged change) {
    synchronized (entries) {
      entries.addLast(new Entry(++sequence, change));
      if (entries.size() > KEPT) {
        entries.removeFirst();
      }
    }
  }

  /** The entries after {@code sequence}, oldest first. */
  public List<Entry> after(long sequence) {
    synchronized (entries) {
      return entries.stream().filter(e -> e.sequence() > sequence).toList();
    }
  }

  /** The sequence number of the newest entry (0 before the first). */
  public long latest() {
    synchronized (entries) {
      return sequence;
    }
  }
}
