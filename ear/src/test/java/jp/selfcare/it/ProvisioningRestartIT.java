package jp.selfcare.it;

import static jp.selfcare.it.OrderFiles.line;
import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import killed mid-file (kill -9) is resumed after the restart and applies every order exactly
 * once: the orders committed before the kill are found applied, none is applied twice, none lost.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningRestartIT {

  private static final String NAME = "restart-it.jsonl";
  private static final String HELD = "0392999999";
  private static final int NUMBERS = 500;

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String number(int i) {
    return String.format("0392%06d", i);
  }

  private static String numbersOrder(int i) {
    return line(
        "{'orderId':'R-"
            + i
            + "','kind':'numbers','contractNumber':'N290000007','numbers':[{'number':'"
            + number(i)
            + "','channels':2,'sipId':'s','sipPassword':'p'}]}");
  }

  @Test
  void anImportKilledMidFileAppliesEveryOrderOnce() throws Exception {
    BulkJobs.assumePostgreSql("holding a setting's row blocks the job only on PostgreSQL");
    // a number of the sample customer with a forwarding setting, to hold the import on
    List<String> setup =
        List.of(
            line(
                "{'orderId':'R-g','kind':'voiceGroup','voiceGroupId':'Y19000007',"
                    + "'customerNumber':'N100000001','name':'再起動グループ'}"),
            line("{'orderId':'R-p','kind':'plan','voiceGroupId':'Y19000007','name':'アクセスセット'}"),
            line(
                "{'orderId':'R-s','kind':'site','siteId':'1900007','voiceGroupId':'Y19000007',"
                    + "'plan':'アクセスセット','name':'再起動拠点','address':'東京都'}"),
            line(
                "{'orderId':'R-k','kind':'contract','contractNumber':'N290000007',"
                    + "'customerNumber':'N100000001','service':'IP_VOICE','siteId':'1900007',"
                    + "'channels':8}"),
            line(
                "{'orderId':'R-held','kind':'numbers','contractNumber':'N290000007','numbers':["
                    + "{'number':'"
                    + HELD
                    + "','channels':2,'sipId':'s','sipPassword':'p'}]}"));
    assertThat(OrderFiles.importFromFolder("restart-setup.jsonl", setup))
        .isEqualTo("COMPLETED DONE");
    assertThat(
            support(
                "/settings-site/forwarding/change?as=vg:Y19000007&pw=&number="
                    + HELD
                    + "&forward=false&lists=0311112222,,,,"))
        .startsWith("OK ");

    // line 251 ends the held number: its forwarding setting goes with it, and waits for the lock
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < NUMBERS; i++) {
      if (i == 250) {
        orders.add(line("{'orderId':'R-end','kind':'endOfService','number':'" + HELD + "'}"));
      }
      orders.add(numbersOrder(i));
    }
    support("/bulk/hold-setting?number=" + HELD + "&seconds=120");
    Thread.sleep(1000); // the hold runs asynchronously: let it take the lock first
    String dropped =
        Urls.supportWith(
            "/provisioning/drop?name=" + OrderFiles.encode(NAME), String.join("\n", orders));
    OrderFiles.start(dropped);
    String lines =
        "SELECT COUNT(*) FROM order_line l JOIN order_import i ON i.id = l.import_id"
            + " WHERE i.file_name = '"
            + NAME
            + "'";
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> count(lines) == 250);
    Thread.sleep(500);
    assertThat(count(lines)).as("the import waits at line 251").isEqualTo(250);

    ServerKill.killAndRestart(management);

    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> OrderFiles.importOf(NAME).startsWith("DONE "));
    assertThat(count(lines)).isEqualTo(NUMBERS + 1);
    assertThat(count(lines + " AND l.outcome = 'APPLIED'")).isEqualTo(NUMBERS + 1);
    assertThat(count("SELECT COUNT(*) FROM applied_order WHERE order_id LIKE 'R-%'"))
        .as("each order applied once: the setup's five and the file's")
        .isEqualTo(5 + NUMBERS + 1);
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE number LIKE '0392%'"))
        .isEqualTo(NUMBERS);
    List<String> result = OrderFiles.result(NAME);
    assertThat(result).hasSize(1 + NUMBERS + 1);
    assertThat(result.get(251)).startsWith("251,R-end,endOfService,APPLIED,");
  }
}
