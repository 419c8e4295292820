package jp.selfcare.billing.importing;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.billing.calls.CallRow;

/**
 * Loads a chunk of rows in the chunk's own transaction ({@code CallRecordImports.load}): the rows
 * and the checkpoint commit together, so a restart neither loses nor repeats a row.
 */
@Named
@Dependent
public class CallRowWriter extends AbstractItemWriter {

  @Inject private CurrentCallImport current;

  @Override
  public void writeItems(List<Object> items) {
    List<CallRow> rows = new ArrayList<>(items.size());
    items.forEach(i -> rows.add((CallRow) i));
    current.imports().load(current.id(), current.execution(), rows);
  }
}
