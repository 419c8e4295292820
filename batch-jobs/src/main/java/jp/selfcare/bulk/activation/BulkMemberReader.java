package jp.selfcare.bulk.activation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import jp.selfcare.bulk.BulkActivationWork;
import jp.selfcare.bulk.BulkActivations;
import jp.selfcare.bulk.BulkMembers;

/**
 * Reads the group's members by number id, a page at a time. The checkpoint is the id of the last
 * member handed to the writer, so a restarted job resumes right after the last committed chunk.
 */
@Named
@Dependent
public class BulkMemberReader extends AbstractItemReader {

  private static final int PAGE = 100;

  @Inject
  @BatchProperty(name = BulkActivations.GROUP_ID)
  private String groupId;

  @EJB private BulkActivationWork work;

  private final Deque<BulkMembers.Member> page = new ArrayDeque<>();
  private long lastId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(work.next(Long.parseLong(groupId), lastId, PAGE));
      exhausted = page.size() < PAGE;
    }
    BulkMembers.Member member = page.poll();
    if (member != null) {
      lastId = member.ipNumberId();
    }
    return member;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
