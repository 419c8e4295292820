package jp.selfcare.bulk.activation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.bulk.Activation;
import jp.selfcare.bulk.BulkActivationWork;
import jp.selfcare.bulk.BulkActivations;
import jp.selfcare.bulk.BulkMembers;

/** Applies the activation to a chunk of members, in the chunk's transaction. */
@Named
@Dependent
public class BulkMemberWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = BulkActivations.OPERATION_ID)
  private String operationId;

  @Inject
  @BatchProperty(name = BulkActivations.GROUP_ID)
  private String groupId;

  @Inject
  @BatchProperty(name = BulkActivations.ACTIVATION)
  private String activation;

  @EJB private BulkActivationWork work;

  @Override
  public void writeItems(List<Object> items) {
    work.apply(
        Long.parseLong(operationId),
        Long.parseLong(groupId),
        Activation.valueOf(activation),
        items.stream().map(BulkMembers.Member.class::cast).toList());
  }
}
