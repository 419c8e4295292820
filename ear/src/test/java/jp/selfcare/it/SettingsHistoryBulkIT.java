package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The settings history of asynchronous operations (spec 30-settings-site.md §10,
 * 40-bulk-and-batch.md intro): bulk forwarding groups and their activations are listed to the
 * accounts whose scope holds the site — also after the group is deleted — with the progress of a
 * running activation and the result file when done; bulk settings uploads to the account that made
 * them; nobody else sees them, in the list or by id.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsHistoryBulkIT {

  private static final String VG = "vg:Y15000001";
  private static final String TOKYO = "1000001";
  private static final String NUMBER_USER = "W000000002";
  private static final String NUMBER_USER_PASSWORD = "Demo-pass1";
  private static final String HEADER =
      "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5\r\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  /** Tokyo numbers 03-5001-0000… of contract N200000002 (0000-0099, 0550-0599: no other test's). */
  private static List<String> numbers(int from, int count) {
    List<String> numbers = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      numbers.add(String.format("0350010%03d", i));
    }
    return numbers;
  }

  private static String[] siteAdmin(String site) {
    return support("/settings-site/accounts?as=" + VG + "&pw=&kind=SITE_ADMIN&site=" + site)
        .split(" ", 2);
  }

  private static String history(String as, String pw, String target) {
    return Urls.get(
            Urls.SUPPORT
                + "/bulk/history?as="
                + as
                + "&pw="
                + pw
                + "&target="
                + URLEncoder.encode(target, StandardCharsets.UTF_8))
        .body();
  }

  private static String detail(String as, String pw, long id) {
    return Urls.get(Urls.SUPPORT + "/bulk/history-detail?as=" + as + "&pw=" + pw + "&id=" + id)
        .body();
  }

  private static long register(String name, List<String> members) {
    String registered =
        support(
            "/bulk/register?as="
                + VG
                + "&site="
                + TOKYO
                + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&numbers="
                + String.join(",", members));
    assertThat(registered).startsWith("OK ");
    return Long.parseLong(registered.substring(3));
  }

  /** An upload (or, dry, a check) of the CSV as the voice group administrator, completed. */
  private static long upload(String csv, boolean dry) throws Exception {
    long upload = BulkJobs.accepted(BulkJobs.upload(VG, csv.getBytes(StandardCharsets.UTF_8), dry));
    BulkJobs.awaitCompleted(upload, Duration.ofMinutes(1));
    return upload;
  }

  @Test
  void groupOperationsAreTheSitesAndStayVisibleAfterTheGroupIsDeleted() {
    long group = register("履歴G1", numbers(550, 3));
    String accepted = support("/bulk/activate?as=" + VG + "&group=" + group + "&activation=START");
    assertThat(accepted).startsWith("OK ");
    long start = Long.parseLong(accepted.substring(3));
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () -> Urls.get(Urls.SUPPORT + "/bulk/state?group=" + group).body().equals("STARTED"));

    String[] tokyo = siteAdmin(TOKYO);
    String[] yokohama = siteAdmin("1000002");
    String expected = "BULK_FORWARDING_START COMPLETED 3/3 1\nBULK_GROUP_REGISTER COMPLETED - 0";
    assertThat(history(VG, "", "履歴G1")).isEqualTo(expected);
    assertThat(history(tokyo[0], tokyo[1], "履歴G1")).isEqualTo(expected);
    assertThat(history(yokohama[0], yokohama[1], "履歴G1")).as("another site's admin").isEmpty();
    assertThat(history(NUMBER_USER, NUMBER_USER_PASSWORD, "履歴G1")).as("a number user").isEmpty();
    assertThat(detail(tokyo[0], tokyo[1], start)).isEqualTo("files 1");
    assertThat(detail(yokohama[0], yokohama[1], start)).isEqualTo("MISSING");
    assertThat(detail(NUMBER_USER, NUMBER_USER_PASSWORD, start)).isEqualTo("MISSING");

    assertThat(support("/bulk/activate?as=" + VG + "&group=" + group + "&activation=STOP"))
        .startsWith("OK ");
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () -> Urls.get(Urls.SUPPORT + "/bulk/state?group=" + group).body().equals("STOPPED"));
    assertThat(support("/bulk/delete?as=" + VG + "&group=" + group)).isEqualTo("OK");
    assertThat(history(tokyo[0], tokyo[1], "履歴G1"))
        .as("the group is gone, its site's history stays")
        .isEqualTo(
            "BULK_GROUP_DELETE COMPLETED - 0\n"
                + "BULK_FORWARDING_STOP COMPLETED 3/3 1\n"
                + expected);
    assertThat(history(yokohama[0], yokohama[1], "履歴G1")).isEmpty();
  }

  @Test
  void aRunningActivationShowsItsProgress() throws Exception {
    BulkJobs.assumePostgreSql("holding a member's row blocks the job only on PostgreSQL");
    List<String> members = numbers(0, 100);
    members.addAll(numbers(560, 20));
    StringBuilder list5 = new StringBuilder(HEADER);
    members.forEach(n -> list5.append(n).append(",0,0,0,0,0,,,,,,,0322220000\r\n"));
    upload(list5.toString(), false); // a リスト5 each, so starting updates every member's row
    long group = register("履歴G2", members);
    // the second chunk (members 100-119) waits on member 110's row for 8 seconds
    support("/bulk/hold-member?group=" + group + "&index=110&seconds=8");
    Thread.sleep(1000); // the hold runs asynchronously: let it take the lock first
    String accepted = support("/bulk/activate?as=" + VG + "&group=" + group + "&activation=START");
    assertThat(accepted).startsWith("OK ");
    String[] tokyo = siteAdmin(TOKYO);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> history(tokyo[0], tokyo[1], "履歴G2").startsWith("BULK_FORWARDING_START"));
    assertThat(history(tokyo[0], tokyo[1], "履歴G2").lines().findFirst().orElseThrow())
        .as("one chunk of 100 done, the next waiting, no result file yet")
        .isIn("BULK_FORWARDING_START RUNNING 0/120 0", "BULK_FORWARDING_START RUNNING 100/120 0");
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                history(tokyo[0], tokyo[1], "履歴G2")
                    .startsWith("BULK_FORWARDING_START RUNNING 100/120"));
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                history(tokyo[0], tokyo[1], "履歴G2")
                    .startsWith("BULK_FORWARDING_START COMPLETED 120/120 1"));
    support("/bulk/activate?as=" + VG + "&group=" + group + "&activation=STOP");
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () -> Urls.get(Urls.SUPPORT + "/bulk/state?group=" + group).body().equals("STOPPED"));
  }

  @Test
  void anUploadIsItsUploadersOnlyAndCountsItsRows() throws Exception {
    String csv =
        HEADER
            + "0350010580,1,1,0,0,0,,1,0311112222,,,,\r\n"
            + "0350010581,1,9,0,0,0,,1,0311112222,,,,\r\n";
    long upload = upload(csv, true);
    String[] tokyo = siteAdmin(TOKYO);
    String target = "it.csv (2)";
    assertThat(history(VG, "", target).lines().findFirst().orElseThrow())
        .as("the newest entry: this check")
        .isEqualTo("BULK_SETTINGS_CHECK COMPLETED 2/2 1");
    assertThat(detail(VG, "", upload)).isEqualTo("files 1");
    assertThat(history(tokyo[0], tokyo[1], target))
        .as("another account's uploads")
        .doesNotContain("BULK_SETTINGS");
    assertThat(detail(tokyo[0], tokyo[1], upload)).isEqualTo("MISSING");
  }
}
