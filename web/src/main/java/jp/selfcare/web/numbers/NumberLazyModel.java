package jp.selfcare.web.numbers;

import java.util.List;
import java.util.Map;
import jp.selfcare.directory.NumberDirectory;
import jp.selfcare.directory.NumberFilter;
import jp.selfcare.directory.NumberRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages the directory on the server: only the rows of the visible page leave the database. */
public class NumberLazyModel extends LazyDataModel<NumberRow> {

  private static final long serialVersionUID = 1L;

  private final NumberDirectory directory;
  private final NumberFilter filter;

  NumberLazyModel(NumberDirectory directory, NumberFilter filter) {
    this.directory = directory;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(directory.count(filter));
  }

  @Override
  public List<NumberRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return directory.search(filter, first, pageSize);
  }

  @Override
  public String getRowKey(NumberRow row) {
    return row.number();
  }
}
