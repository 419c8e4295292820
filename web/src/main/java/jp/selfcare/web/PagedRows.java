package jp.selfcare.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily paged table of a service's search: the count and one page at a time come from the
 * service (which applies the caller's scope), the row key from the row. Every paged list of the
 * applications uses it; sorting and filtering are the screen's own search fields.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows the search holds. */
  public interface Counter extends Serializable {
    long count();
  }

  /** One page of them. */
  public interface Loader<T> extends Serializable {
    List<T> page(int first, int size);
  }

  /** A row's key, unique within the search. */
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  /** How many rows a service's search holds for a query. */
  public interface QueryCounter<Q> extends Serializable {
    long count(Q query);
  }

  /** One page of a service's search for a query. */
  public interface QueryLoader<Q, T> extends Serializable {
    List<T> page(Q query, int first, int size);
  }

  private final Counter counter;
  private final Loader<T> loader;
  private final Key<T> key;

  public PagedRows(Counter counter, Loader<T> loader, Key<T> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  /**
   * The rows of a service's search for one query, e.g. {@code of(conditions, service::count,
   * service::page, Row::ipNumberId)}.
   */
  public static <Q, T> PagedRows<T> of(
      Q query, QueryCounter<Q> count, QueryLoader<Q, T> page, Key<T> key) {
    return new PagedRows<>(
        () -> count.count(query), (first, size) -> page.page(query, first, size), key);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.page(first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }
}
