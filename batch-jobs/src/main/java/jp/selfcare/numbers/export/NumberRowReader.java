package jp.selfcare.numbers.export;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.batch.KeysetReader;
import jp.selfcare.directory.NumberDirectory;
import jp.selfcare.directory.NumberRow;

/**
 * Reads the numbers of the operation's contract in keyset pages ordered by number. The checkpoint
 * is the last number handed to the writer, so a restart resumes right after the last committed
 * chunk.
 */
@Named
@Dependent
public class NumberRowReader extends KeysetReader<NumberRow, String> {

  private static final int PAGE = 500;

  public NumberRowReader() {
    super(PAGE, null);
  }

  @Inject
  @BatchProperty(name = NumberInformationJob.OPERATION_ID)
  private String operationId;

  @EJB private NumberDirectory directory;

  @Override
  protected List<NumberRow> after(String last, int size) {
    return directory.pageForOperation(Long.parseLong(operationId), last, size);
  }

  @Override
  protected String keyOf(NumberRow row) {
    return row.number();
  }
}
