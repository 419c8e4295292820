package jp.selfcare.bulk.activation;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.batch.KeysetReader;
import jp.selfcare.bulk.BulkActivationWork;
import jp.selfcare.bulk.BulkActivations;
import jp.selfcare.bulk.BulkMembers;

/**
 * Reads the group's members by number id, a page at a time; the checkpoint is the id of the last
 * member handed to the writer ({@link KeysetReader}).
 */
@Named
@Dependent
public class BulkMemberReader extends KeysetReader<BulkMembers.Member, Long> {

  private static final int PAGE = 100;

  public BulkMemberReader() {
    super(PAGE, 0L);
  }

  @Inject
  @BatchProperty(name = BulkActivations.GROUP_ID)
  private String groupId;

  @EJB private BulkActivationWork work;

  @Override
  protected List<BulkMembers.Member> after(Long last, int size) {
    return work.next(Long.parseLong(groupId), last, size);
  }

  @Override
  protected Long keyOf(BulkMembers.Member row) {
    return row.ipNumberId();
  }
}
