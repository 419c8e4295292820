package jp.selfcare.numbers.export;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import jp.selfcare.directory.NumberDirectory;
import jp.selfcare.directory.NumberRow;

/**
 * Reads the numbers of the operation's contract in keyset pages ordered by number. The checkpoint
 * is the last number handed to the writer, so a restart resumes right after the last committed
 * chunk.
 */
@Named
@Dependent
public class NumberRowReader extends AbstractItemReader {

  private static final int PAGE = 500;

  @Inject
  @BatchProperty(name = NumberInformationJob.OPERATION_ID)
  private String operationId;

  @EJB private NumberDirectory directory;

  private final Deque<NumberRow> page = new ArrayDeque<>();
  private String lastNumber;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastNumber = (String) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(directory.pageForOperation(Long.parseLong(operationId), lastNumber, PAGE));
      exhausted = page.size() < PAGE;
    }
    NumberRow row = page.poll();
    if (row != null) {
      lastNumber = row.number();
    }
    return row;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastNumber;
  }
}
