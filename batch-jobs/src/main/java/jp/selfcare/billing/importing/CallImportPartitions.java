package jp.selfcare.billing.importing;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the loading of a call-record file between threads (server property {@value #PROPERTY},
 * default 2): each reads the whole file and loads every n-th row, so one thread checks, rates and
 * encodes its rows while the database writes the other's. A restarted import keeps the split it
 * began with (each thread's checkpoint counts the rows it read).
 */
@Named
@Dependent
public class CallImportPartitions implements PartitionMapper {

  /** The server property naming how many threads load one file. */
  static final String PROPERTY = "selfcare.billing.call-records.threads";

  @Override
  public PartitionPlan mapPartitions() {
    int count = Math.max(1, Integer.getInteger(PROPERTY, 2));
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(count);
    plan.setThreads(count);
    Properties[] properties = new Properties[count];
    for (int i = 0; i < count; i++) {
      properties[i] = new Properties();
      properties[i].setProperty("partition", Integer.toString(i));
      properties[i].setProperty("partitions", Integer.toString(count));
    }
    plan.setPartitionProperties(properties);
    return plan;
  }
}
