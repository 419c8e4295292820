package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hold matrix (spec 30-settings-site.md §11) for the real 一括設定 upload and download: every cell
 * of their row and column. An operation in progress of another account refuses an upload or a
 * download that touches its number (¹) or site (²), naming itself, and then nothing is recorded and
 * no job starts; the ○ cells and the neighbours of each ✕ (another number, another site) are
 * accepted. A real upload or download holds from its acceptance until its entry finishes —
 * completed, or failed as when an operator stops it; a check (dry run) changes nothing and holds
 * nothing.
 *
 * <p>Yokohama (site 1000002) numbers 045-600-0150 … 0164 and Tokyo (1000001) 03-5000-0155 are used
 * by no other test; every hold taken here is given back before the test ends.
 */
@ExtendWith(ArquillianExtension.class)
class BulkSettingsHoldIT {

  private static final String HEADER =
      "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5\r\n";
  private static final String YOKOHAMA = "1000002";
  private static final String TOKYO = "1000001";

  @ArquillianResource private ManagementClient management;

  /** Holds taken through the test endpoint, given back after each test. */
  private final List<String> taken = new ArrayList<>();

  /** Site administrators of Yokohama (a, b) and Tokyo: "login password". */
  private String[] a;

  private String[] b;
  private String[] tokyo;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @BeforeEach
  void administrators() {
    a = siteAdmin(YOKOHAMA);
    b = siteAdmin(YOKOHAMA);
    tokyo = siteAdmin(TOKYO);
  }

  @AfterEach
  void giveBack() {
    taken.forEach(id -> support("/holds/release?id=" + id));
  }

  private static String[] siteAdmin(String site) {
    String issued = support("/settings-site/accounts?as=vg:Y15000001&kind=SITE_ADMIN&site=" + site);
    assertThat(issued).as("login ID and password").matches("W\\d{9} \\S+");
    return issued.split(" ");
  }

  /** Forwards each number unconditionally to 03-1111-000{@code list}. */
  private static byte[] csv(int list, String... numbers) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (String number : numbers) {
      csv.append(number).append(",1,1,0,0,0,,1,031111000").append(list).append(",,,,\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String upload(String[] login, byte[] csv) throws Exception {
    return BulkJobs.upload(login[0], login[1], csv, false);
  }

  private static String download(String[] login, String numbers) {
    return support(
        "/bulk/download?as="
            + login[0]
            + "&pw="
            + login[1]
            + "&site=&part="
            + (numbers == null ? "" : "&numbers=" + numbers));
  }

  /** A hold taken as the services take it, through the test endpoint: its id or "CONFLICT …". */
  private static String attempt(String kind, String[] login, String site, String numbers) {
    return support(
        "/holds/acquire?kind="
            + kind
            + "&account="
            + login[0]
            + "&site="
            + site
            + "&numbers="
            + numbers);
  }

  /** Another account's operation in progress, given back after the test. */
  private String inProgress(String kind, String[] login, String site, String numbers) {
    String hold = attempt(kind, login, site, numbers);
    assertThat(hold).as(kind + " taken").matches("\\d+");
    taken.add(hold);
    return hold;
  }

  private static String editScreen(String[] login, String number) {
    return support(
        "/settings-site/forwarding/open?as=" + login[0] + "&pw=" + login[1] + "&number=" + number);
  }

  private static long recorded(String[] login) {
    return count("SELECT COUNT(*) FROM operation WHERE account = '" + login[0] + "'");
  }

  private static long holdsOf(long operation) {
    return count("SELECT COUNT(*) FROM operation_hold WHERE operation_id = " + operation);
  }

  private static void completes(long operation) {
    BulkJobs.awaitCompleted(operation, Duration.ofMinutes(1));
    assertThat(holdsOf(operation)).as("the finished entry gave its holds back").isZero();
  }

  @Test
  void anEditScreenRefusesAnUploadOrDownloadOfItsNumberOnly() throws Exception {
    String edit = editScreen(b, "0456000150");
    assertThat(edit).matches("\\d+");
    taken.add(edit);

    assertThat(upload(a, csv(1, "0456000151", "0456000150")))
        .as("✕¹ conditions → upload: the file holds the number on b's edit screen")
        .isEqualTo("CONFLICT FORWARDING_CONDITIONS " + b[0]);
    assertThat(download(a, "0456000150"))
        .as("✕¹ conditions → download")
        .isEqualTo("CONFLICT FORWARDING_CONDITIONS " + b[0]);
    assertThat(download(a, null))
        .as("every number of the site includes it")
        .isEqualTo("CONFLICT FORWARDING_CONDITIONS " + b[0]);
    assertThat(recorded(a)).as("nothing recorded, no job").isZero();

    long upload = BulkJobs.accepted(upload(a, csv(1, "0456000151", "0456000152")));
    completes(upload);
    assertThat(BulkJobs.outcome(upload)).isEqualTo("COMPLETED 2 OK, 0 ERROR");
    long download = BulkJobs.accepted(download(a, "0456000151,0456000152"));
    completes(download);
    assertThat(BulkJobs.outcome(download)).isEqualTo("COMPLETED 2 rows");

    long check = BulkJobs.accepted(BulkJobs.upload(a[0], a[1], csv(2, "0456000150"), true));
    assertThat(holdsOf(check)).as("a check changes nothing and holds nothing").isZero();
    BulkJobs.awaitCompleted(check, Duration.ofMinutes(1));
  }

  @Test
  void siteWideOperationsRefuseUploadsAndDownloadsOfTheirSiteOnly() throws Exception {
    for (String kind : List.of("BULK_UPLOAD", "BULK_DOWNLOAD", "BULK_ACTIVATION")) {
      String hold = inProgress(kind, b, YOKOHAMA, "");
      assertThat(upload(a, csv(3, "0456000153")))
          .as("✕² " + kind + " → upload")
          .isEqualTo("CONFLICT " + kind + " " + b[0]);
      assertThat(download(a, "0456000153"))
          .as("✕² " + kind + " → download, even of another number")
          .isEqualTo("CONFLICT " + kind + " " + b[0]);
      support("/holds/release?id=" + hold);
    }
    assertThat(recorded(a)).as("nothing recorded, no job").isZero();

    inProgress("BULK_ACTIVATION", tokyo, TOKYO, "");
    inProgress("BULK_UPLOAD", tokyo, TOKYO, "");
    for (String kind : List.of("GROUP_CHANGE", "GROUP_DELETE", "GROUP_REGISTER")) {
      inProgress(kind, b, YOKOHAMA, "");
    }
    long upload = BulkJobs.accepted(upload(a, csv(3, "0456000153")));
    completes(upload);
    long download = BulkJobs.accepted(download(a, "0456000153"));
    completes(download);
    assertThat(recorded(a)).as("○: group operations, and anything on another site").isEqualTo(2);
  }

  @Test
  void aRunningUploadHoldsItsSiteAndNumbersUntilItFinishes() throws Exception {
    BulkJobs.assumePostgreSql("holding a setting's row blocks the job only on PostgreSQL");
    String[] numbers = {"0456000155", "0456000156", "0456000157"};
    completes(BulkJobs.accepted(upload(a, csv(4, numbers))));

    support("/bulk/hold-setting?number=0456000156&seconds=20");
    Thread.sleep(1000); // the lock is taken asynchronously
    long upload = BulkJobs.accepted(upload(a, csv(5, numbers)));
    assertThat(BulkJobs.outcome(upload)).startsWith("RUNNING");
    assertThat(holdsOf(upload)).as("one hold: the file's one site").isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation_hold WHERE operation_id = "
                    + upload
                    + " AND CARDINALITY(number_ids) = 3"))
        .as("with the file's numbers")
        .isEqualTo(1);

    assertThat(editScreen(b, "0456000155"))
        .as("✕¹ upload → conditions on a number of the file")
        .isEqualTo("CONFLICT BULK_UPLOAD " + a[0]);
    String other = editScreen(b, "0456000158");
    assertThat(other).as("another number of the site").matches("\\d+");
    taken.add(other);
    assertThat(upload(b, csv(6, "0456000159")))
        .as("✕² upload → upload")
        .isEqualTo("CONFLICT BULK_UPLOAD " + a[0]);
    assertThat(download(b, "0456000159"))
        .as("✕² upload → download")
        .isEqualTo("CONFLICT BULK_UPLOAD " + a[0]);
    assertThat(attempt("BULK_ACTIVATION", b, YOKOHAMA, ""))
        .as("✕² upload → activation")
        .isEqualTo("CONFLICT BULK_UPLOAD " + a[0]);
    for (String kind : List.of("GROUP_CHANGE", "GROUP_DELETE", "GROUP_REGISTER")) {
      inProgress(kind, b, YOKOHAMA, "");
    }
    byte[] tokyoRow =
        (HEADER + "0350000155,1,1,0,0,0,,1,0311110007,,,,0399990000\r\n") // リスト5: add-on
            .getBytes(StandardCharsets.UTF_8);
    long elsewhere = BulkJobs.accepted(upload(tokyo, tokyoRow));
    completes(elsewhere);
    assertThat(BulkJobs.outcome(elsewhere))
        .as("○ another site")
        .isEqualTo("COMPLETED 1 OK, 0 ERROR");
    assertThat(recorded(b)).as("b's refused operations recorded nothing").isZero();

    completes(upload);
    assertThat(BulkJobs.outcome(upload)).isEqualTo("COMPLETED 3 OK, 0 ERROR");
    completes(BulkJobs.accepted(upload(b, csv(6, "0456000159"))));
  }

  @Test
  void anUploadStoppedByAnOperatorEndsFailedAndGivesItsHoldsBack() throws Exception {
    BulkJobs.assumePostgreSql("holding a setting's row blocks the job only on PostgreSQL");
    String[] numbers = {"0456000162", "0456000163"};
    completes(BulkJobs.accepted(upload(a, csv(1, numbers))));
    support("/bulk/hold-setting?number=0456000163&seconds=10");
    Thread.sleep(1000);
    long upload = BulkJobs.accepted(upload(a, csv(2, numbers)));
    assertThat(holdsOf(upload)).isEqualTo(1);

    ModelNode stop = Operations.createOperation("stop-job", Deployments.batchJobs());
    stop.get("execution-id")
        .set(Long.parseLong(Urls.get(Urls.SUPPORT + "/bulk/execution?operation=" + upload).body()));
    ModelNode stopped = management.getControllerClient().execute(stop);
    assertThat(Operations.isSuccessfulOutcome(stopped)).as(stopped.toString()).isTrue();

    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> BulkJobs.outcome(upload).startsWith("FAILED"));
    assertThat(BulkJobs.outcome(upload)).contains("STOPPED", "an operator can restart it");
    assertThat(holdsOf(upload)).as("a failed entry gives its holds back").isZero();
    completes(BulkJobs.accepted(upload(b, csv(3, "0456000164"))));
  }

  @Test
  void aRunningDownloadHoldsItsSitesUntilItFinishes() throws Exception {
    BulkJobs.assumePostgreSql("holding the entry's row blocks the job only on PostgreSQL");
    String[] voiceGroup = {"vg:Y15000001", ""};
    long download = BulkJobs.accepted(download(voiceGroup, null));
    support("/bulk/hold-operation?id=" + download + "&seconds=20");
    Thread.sleep(1000); // more than one chunk of 1,000: a later chunk waits on the entry's row
    assertThat(BulkJobs.outcome(download)).startsWith("RUNNING");
    assertThat(holdsOf(download))
        .as("one hold per site of the voice group")
        .isEqualTo(
            count(
                "SELECT COUNT(*) FROM site s JOIN service_plan p ON p.id = s.plan_id"
                    + " JOIN voice_group v ON v.id = p.voice_group_id"
                    + " WHERE v.voice_group_code = 'Y15000001'"));

    String edit = editScreen(b, "0456000160");
    assertThat(edit).as("○ download → conditions").matches("\\d+");
    taken.add(edit);
    assertThat(upload(b, csv(8, "0456000161")))
        .as("✕² download → upload")
        .startsWith("CONFLICT BULK_DOWNLOAD ");
    assertThat(download(b, "0456000161"))
        .as("✕² download → download")
        .startsWith("CONFLICT BULK_DOWNLOAD ");
    assertThat(attempt("BULK_ACTIVATION", b, YOKOHAMA, ""))
        .as("✕² download → activation")
        .startsWith("CONFLICT BULK_DOWNLOAD ");
    for (String kind : List.of("GROUP_CHANGE", "GROUP_DELETE", "GROUP_REGISTER")) {
      inProgress(kind, b, YOKOHAMA, "");
    }
    assertThat(recorded(b)).as("b's refused operations recorded nothing").isZero();

    await().atMost(Duration.ofMinutes(1)).until(() -> holdsOf(download) == 0);
    completes(download);
    completes(BulkJobs.accepted(upload(b, csv(8, "0456000161"))));
  }
}
