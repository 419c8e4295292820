package jp.selfcare.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A job's reader of rows in keyset pages (each page the rows after the last key, in key order):
 * memory holds one page, and the checkpoint is the key of the last row handed to the writer, so a
 * restarted job resumes right after the last committed chunk.
 *
 * @param <T> a row
 * @param <K> its key (the checkpoint)
 */
public abstract class KeysetReader<T, K extends Serializable> extends AbstractItemReader {

  private final Deque<T> page = new ArrayDeque<>();
  private final int pageSize;
  private final K start;
  private K last;
  private boolean exhausted;

  /**
   * @param pageSize rows per page
   * @param start the key before the first row (null where the query reads null as "from the start")
   */
  protected KeysetReader(int pageSize, K start) {
    this.pageSize = pageSize;
    this.start = start;
  }

  /** Up to {@code size} rows after {@code last}, in key order. */
  protected abstract List<T> after(K last, int size);

  /** A row's key. */
  protected abstract K keyOf(T row);

  /** The restart's checkpoint is a key this reader wrote. */
  @Override
  @SuppressWarnings("unchecked")
  public void open(Serializable checkpoint) {
    last = checkpoint == null ? start : (K) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(after(last, pageSize));
      exhausted = page.size() < pageSize;
    }
    T row = page.poll();
    if (row != null) {
      last = keyOf(row);
    }
    return row;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
