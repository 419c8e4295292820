package jp.selfcare.web.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.selfcare.audit.AuditEntry;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Audit events a page at a time, for the administrators' and the operators' audit screens. */
final class AuditEntries extends LazyDataModel<AuditEntry> {

  private static final long serialVersionUID = 1L;

  /** How many entries the screen's filter holds. */
  interface Counter extends Serializable {
    long count();
  }

  /** One page of them. */
  interface Loader extends Serializable {
    List<AuditEntry> page(int first, int size);
  }

  private final Counter counter;
  private final Loader loader;

  AuditEntries(Counter counter, Loader loader) {
    this.counter = counter;
    this.loader = loader;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<AuditEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.page(first, pageSize);
  }

  @Override
  public String getRowKey(AuditEntry entry) {
    return Long.toString(entry.id());
  }
}
