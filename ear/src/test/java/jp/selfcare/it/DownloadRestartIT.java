package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 一括設定 download killed mid-job: the server is killed with SIGKILL while a chunk — its rows
 * already appended to the work file — waits to count them on the history entry; at start-up the job
 * resumes after its last committed chunk, the work file is cut back to that chunk's end, and the
 * download holds every number of the voice group exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class DownloadRestartIT {

  private static final String AS = "vg:Y15000001";

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String outcome(long operation) {
    return BulkJobs.outcome(operation);
  }

  @Test
  void aDownloadKilledMidJobHoldsEveryNumberOnce() throws Exception {
    BulkJobs.assumePostgreSql("holding the entry's row blocks the job only on PostgreSQL");
    String accepted = support("/bulk/download?as=" + AS + "&site=&part=");
    assertThat(accepted).startsWith("OK ");
    long download = Long.parseLong(accepted.substring(3));
    support("/bulk/hold-operation?id=" + download + "&seconds=120");
    Thread.sleep(2000);
    assertThat(outcome(download)).as("a chunk waits on the entry's row").startsWith("RUNNING");
    long total =
        count(
            "SELECT COUNT(*) FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
                + " JOIN voice_group v ON v.id = p.voice_group_id"
                + " WHERE v.voice_group_code = 'Y15000001' AND NOT n.ao_specific_destination");
    assertThat(total).as("more numbers than one chunk of 1,000").isGreaterThan(1000);

    ServerKill.killAndRestart(management);

    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> outcome(download).startsWith("COMPLETED"));
    assertThat(outcome(download)).isEqualTo("COMPLETED " + total + " rows");
    String file = BulkJobs.resultFile(download);
    List<String> lines = file.lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFIP電話番号,");
    assertThat(lines.stream().filter(l -> l.contains("IP電話番号"))).as("one header").hasSize(1);
    List<String> numbers = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertThat(numbers).as("every number").hasSize((int) total);
    assertThat(new HashSet<>(numbers)).as("each once").hasSize((int) total);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + download
                    + " AND progress_done = "
                    + total
                    + " AND progress_total = "
                    + total))
        .isEqualTo(1);
  }
}
