package jp.selfcare.provisioning.importing;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.provisioning.OrderRefused;
import jp.selfcare.provisioning.Reason;
import jp.selfcare.provisioning.ServiceOrders;

/**
 * Applies a chunk's lines one by one, each in its own transaction ({@link ServiceOrders#apply}): a
 * refused order is recorded with its reason and the next goes on. The chunk's own transaction holds
 * only the checkpoint.
 */
@Named
@Dependent
public class OrderLineWriter extends AbstractItemWriter {

  @Inject private CurrentImport current;

  @EJB private ServiceOrders orders;

  @Override
  public void writeItems(List<Object> items) {
    long importId = current.id();
    long execution = current.execution();
    for (Object item : items) {
      OrderLine line = (OrderLine) item;
      if (line.tooLong() > 0) {
        orders.refuse(
            importId,
            execution,
            line.number(),
            "",
            Reason.LINE_TOO_LONG,
            OrderLineReader.MAX_LINE + " characters");
        continue;
      }
      try {
        orders.apply(importId, execution, line.number(), line.text());
      } catch (OrderRefused e) {
        orders.refuse(importId, execution, line.number(), line.text(), e.reason(), e.detail());
      }
    }
  }
}
