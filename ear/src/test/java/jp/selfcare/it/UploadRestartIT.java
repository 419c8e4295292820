package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 一括設定 upload killed mid-job (spec 40-bulk-and-batch.md, its jobs): the server is killed with
 * SIGKILL while the third chunk (of 100 rows, the tests' chunk size) waits on a row lock; at
 * start-up the job resumes after its last committed chunk and applies every row exactly once — each
 * number's setting version moves by one — and the result file has every line once; the history
 * entry ends completed with the right counts.
 */
@ExtendWith(ArquillianExtension.class)
class UploadRestartIT {

  private static final String AS = "vg:Y15000001";
  private static final String HEADER =
      "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5\r\n";

  /** Tokyo numbers 03-5000-0300 … 0599 (contract N200000001), used by no other test. */
  private static final String IN_RANGE = " n.number BETWEEN '0350000300' AND '0350000599'";

  private static final String HOLDS = "SELECT COUNT(*) FROM operation_hold WHERE operation_id = ";

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  /** 300 rows forwarding each number to {@code list1}, and after every 60th a bad row. */
  private static String csv(String list1) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 300; i < 600; i++) {
      csv.append(String.format("0350000%03d", i))
          .append(",1,1,0,0,0,,1,")
          .append(list1)
          .append(",,,,0399990000\r\n"); // リスト5: the numbers have the bulk forwarding add-on
      if (i % 60 == 59) {
        csv.append(String.format("0350000%03d", i)).append(",2,0,0,0,0,,,,,,,\r\n");
      }
    }
    return csv.toString();
  }

  private static long upload(String csv) throws Exception {
    return BulkJobs.accepted(BulkJobs.upload(AS, csv.getBytes(StandardCharsets.UTF_8), false));
  }

  private static String outcome(long operation) {
    return BulkJobs.outcome(operation);
  }

  private static long withVersion(int version) {
    return count(
        "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
            + " WHERE"
            + IN_RANGE
            + " AND f.version = "
            + version);
  }

  @Test
  void anUploadKilledMidJobAppliesEveryRowOnce() throws Exception {
    BulkJobs.assumePostgreSql("holding a setting's row blocks the job only on PostgreSQL");
    long first = upload(csv("0311110000"));
    await().atMost(Duration.ofMinutes(1)).until(() -> outcome(first).startsWith("COMPLETED"));
    assertThat(outcome(first)).isEqualTo("COMPLETED 300 OK, 5 ERROR");
    // the demo gave the numbers a setting with their リスト5 (version 0); the first upload replaced it
    assertThat(withVersion(1)).as("the numbers' settings after the first upload").isEqualTo(300);

    // line 255 is 0350000550's row, in the third chunk (lines 202-301)
    support("/bulk/hold-setting?number=0350000550&seconds=120");
    Thread.sleep(1000); // the hold runs asynchronously: let it take the lock first
    long second = upload(csv("0322220000"));
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                count(
                        "SELECT COUNT(*) FROM operation WHERE id = "
                            + second
                            + " AND progress_done = 200")
                    == 1);
    Thread.sleep(500);
    assertThat(count("SELECT COUNT(*) FROM bulk_upload_part WHERE operation_id = " + second))
        .as("two chunks committed, the third waits")
        .isEqualTo(2);
    assertThat(count(HOLDS + second + " AND CARDINALITY(number_ids) = 300"))
        .as("the running upload holds its site with its 300 numbers (spec 30 §11)")
        .isEqualTo(1);

    ServerKill.killAndRestart(management);

    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> outcome(second).startsWith("COMPLETED"));
    assertThat(outcome(second)).isEqualTo("COMPLETED 300 OK, 5 ERROR");
    assertThat(count(HOLDS + second)).as("given back when the resumed upload finished").isZero();
    assertThat(withVersion(2)).as("every number's setting replaced exactly once").isEqualTo(300);
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n"
                    + " ON n.id = f.ip_number_id WHERE"
                    + IN_RANGE
                    + " AND f.list1 = '0322220000'"))
        .isEqualTo(300);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = " + second + " AND progress_done = 305"))
        .isEqualTo(1);

    String result = BulkJobs.resultFile(second);
    List<String> lines = result.lines().skip(1).toList();
    TreeSet<Integer> numbered = new TreeSet<>();
    lines.forEach(l -> numbered.add(Integer.parseInt(l.substring(0, l.indexOf(',')))));
    assertThat(lines).as("one result row per input row").hasSize(305);
    assertThat(numbered).as("each line once").hasSize(305);
    assertThat(numbered.first()).isEqualTo(2);
    assertThat(numbered.last()).isEqualTo(306);
  }
}
