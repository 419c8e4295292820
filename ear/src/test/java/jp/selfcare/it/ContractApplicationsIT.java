package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 契約内容変更の申込 through the services: an immediate application changes what the routing API decides
 * after commit; every refusal names its rules and changes nothing; a scheduled application checks
 * its work date, stops immediate ones for its line until two business days after completion, and
 * its completion by an operator applies its change.
 */
@ExtendWith(ArquillianExtension.class)
class ContractApplicationsIT {

  private static final String ADMIN = "admin@sample-shoji.example";

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    post("/clock/reset");
  }

  @Test
  void anImmediateAddOnIsDecidedByTheRoutingApiAtOnce() {
    // 福岡 N200000006: 0924000001 holds only a message box.
    String number = "0924000001";
    assertThat(RoutingApi.anonymous(http, number)).doesNotContain("REJECT");
    String id = immediate("N200000006", "ADD_ADD_ON", number, "ANONYMOUS_REJECTION", null);
    assertThat(id).matches("\\d+");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> RoutingApi.anonymous(http, number).contains("\"reason\":\"ANONYMOUS\""));
    assertThat(progress(ADMIN))
        .contains(
            id
                + " N200000006 IMMEDIATE ADD_ONS ADD_ADD_ON "
                + number
                + " ANONYMOUS_REJECTION COMPLETED 200 "
                + ADMIN);

    String removed = immediate("N200000006", "REMOVE_ADD_ON", number, "ANONYMOUS_REJECTION", null);
    assertThat(removed).matches("\\d+");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !RoutingApi.anonymous(http, number).contains("REJECT"));
    assertThat(progress(ADMIN)).contains(removed + " N200000006 IMMEDIATE ADD_ONS REMOVE_ADD_ON");
  }

  @Test
  void aDialInIsAddedAndRemovedAtOnceExceptUnderMembersNet() {
    String dialIn = "09240099" + (10 + (int) (Math.random() * 89));
    assertThat(RoutingApi.incoming(http, dialIn, "0312345678")).contains("NOT_IN_SERVICE");
    assertThat(immediate("N200000006", "ADD_DIAL_IN", "0924000000", null, dialIn)).matches("\\d+");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !RoutingApi.incoming(http, dialIn, "0312345678").contains("NOT_IN_SERVICE"));
    assertThat(immediate("N200000006", "ADD_DIAL_IN", "0924000000", null, dialIn))
        .isEqualTo("REFUSED [NUMBER_IN_USE]");
    assertThat(immediate("N200000006", "REMOVE_DIAL_IN", null, null, dialIn)).matches("\\d+");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> RoutingApi.incoming(http, dialIn, "0312345678").contains("NOT_IN_SERVICE"));

    // 大阪 N200000005 is a Members Net contract.
    assertThat(immediate("N200000005", "ADD_DIAL_IN", "0660010000", null, "0660019999"))
        .isEqualTo("REFUSED [MEMBERS_NET]");
    assertThat(immediate("N200000005", "REMOVE_DIAL_IN", null, null, "0660010001"))
        .isEqualTo("REFUSED [MEMBERS_NET]");
  }

  @Test
  void everyRefusalNamesItsRulesAndChangesNothing() {
    long before = applications();
    assertThat(immediate("N200000006", "ADD_ADD_ON", "0924000001", "MESSAGE_BOX", null))
        .isEqualTo("REFUSED [ALREADY_CONTRACTED]");
    assertThat(immediate("N200000006", "ADD_ADD_ON", "0924000001", "SPECIFIC_DESTINATION", null))
        .isEqualTo("REFUSED [NOT_IMMEDIATE]");
    assertThat(immediate("N200000006", "REMOVE_ADD_ON", "0924000002", "MEMBERS_NET", null))
        .isEqualTo("REFUSED [NOT_CONTRACTED, NOT_IMMEDIATE]");
    assertThat(immediate("N200000006", "ADD_ADD_ON", "0525000001", "MESSAGE_BOX", null))
        .as("テスト物産's number under サンプル商事's contract")
        .isEqualTo("REFUSED [UNKNOWN_NUMBER]");
    assertThat(immediate("N200000006", "ADD_DIAL_IN", "0924000000", null, "092400"))
        .isEqualTo("REFUSED [INVALID_DIAL_IN]");
    String reader = Urls.readOnlyUserOf(ADMIN, "Y15000002");
    assertThat(
            post(
                "/applications/immediate?as="
                    + reader
                    + "&contract=N200000006&action=ADD_ADD_ON&number=0924000001"
                    + "&addOn=NUISANCE_BLOCKING"))
        .isEqualTo("NOT_ALLOWED");
    assertThat(applications()).isEqualTo(before);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number = '0924000001'"
                    + " AND NOT ao_nuisance_blocking AND NOT ao_specific_destination"))
        .isEqualTo(1);
  }

  @Test
  void aScheduledApplicationChecksItsDateBlocksImmediateOnesAndIsAppliedOnCompletion() {
    LocalDate earliest = LocalDate.parse(get("/applications/earliest?as=" + ADMIN));
    LocalDate saturday =
        earliest.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
    assertThat(scheduled("N200000003", "RELOCATION", saturday, "移転", null))
        .isEqualTo("REFUSED [DATE_NOT_BUSINESS_DAY]");
    assertThat(scheduled("N200000003", "RELOCATION", earliest.minusDays(1), "", null))
        .as("too early (or a holiday), and no description")
        .startsWith("REFUSED [DATE_")
        .contains("DETAIL_REQUIRED");

    // 横浜 N200000003: 0456000004 holds no specific destination yet.
    String change =
        "&action=ADD_ADD_ON&number=0456000004&addOn=SPECIFIC_DESTINATION&serviceNumber=0120777001";
    String id = scheduled("N200000003", "ADD_ONS", earliest, null, change);
    assertThat(id).matches("\\d+");
    assertThat(scheduled("N200000003", "HUNT_GROUP", earliest, "代表の変更", null))
        .isEqualTo("REFUSED [SAME_DATE_PENDING]");
    assertThat(immediate("N200000003", "ADD_ADD_ON", "0456000004", "NUISANCE_BLOCKING", null))
        .isEqualTo("REFUSED [SCHEDULED_WORK_PENDING]");
    assertThat(progress(ADMIN))
        .contains(
            id
                + " N200000003 SCHEDULED ADD_ONS ADD_ADD_ON 0456000004 SPECIFIC_DESTINATION ACCEPTED 1000");

    assertThat(post("/applications/operator/" + id + "/arrange")).isEqualTo(id);
    assertThat(post("/applications/operator/" + id + "/complete")).isEqualTo(id);
    assertThat(get("/applications/operator/" + id + "/steps"))
        .startsWith("ACCEPTED by " + ADMIN + "\nARRANGED by operator:")
        .contains("\nCOMPLETED by operator:");
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number = '0456000004'"
                    + " AND ao_specific_destination AND destination_number = '0120777001'"))
        .isEqualTo(1);
    assertThat(post("/applications/operator/" + id + "/complete")).isEqualTo("REFUSED [NOT_OPEN]");

    assertThat(immediate("N200000003", "ADD_ADD_ON", "0456000004", "NUISANCE_BLOCKING", null))
        .as("completed today: two business days must pass")
        .isEqualTo("REFUSED [SCHEDULED_WORK_PENDING]");
    post("/clock/shift?seconds=" + Duration.ofDays(14).toSeconds());
    String nuisance =
        immediate("N200000003", "ADD_ADD_ON", "0456000004", "NUISANCE_BLOCKING", null);
    assertThat(nuisance).matches("\\d+");
    assertThat(immediate("N200000003", "REMOVE_ADD_ON", "0456000004", "NUISANCE_BLOCKING", null))
        .matches("\\d+");
    assertThat(immediate("N200000003", "REMOVE_ADD_ON", "0456000004", "SPECIFIC_DESTINATION", null))
        .matches("\\d+");
  }

  @Test
  void aCustomerCancelsAScheduledApplicationOnce() {
    LocalDate earliest = LocalDate.parse(get("/applications/earliest?as=" + ADMIN));
    LocalDate later = earliest.plusWeeks(1);
    while (later.getDayOfWeek().getValue() > 5) {
      later = later.plusDays(1);
    }
    String id =
        scheduled(
            "N200000002", "RENTAL_TERMINAL", later, "VoIP-GW 1台追加 " + UUID.randomUUID(), null);
    assertThat(id).matches("\\d+");
    String reader = Urls.readOnlyUserOf(ADMIN, "Y15000001");
    assertThat(post("/applications/cancel/" + id + "?as=" + reader)).isEqualTo("NOT_ALLOWED");
    assertThat(post("/applications/cancel/" + id + "?as=" + ADMIN)).isEqualTo(id);
    assertThat(post("/applications/cancel/" + id + "?as=" + ADMIN)).isEqualTo("REFUSED [NOT_OPEN]");
    assertThat(progress(reader))
        .as("a reader sees the line's applications")
        .contains(id + " N200000002 SCHEDULED RENTAL_TERMINAL null null null CANCELLED");
  }

  private static String immediate(
      String contract, String action, String number, String addOn, String dialIn) {
    return post(
        "/applications/immediate?as="
            + ADMIN
            + "&contract="
            + contract
            + "&action="
            + action
            + (number == null ? "" : "&number=" + number)
            + (addOn == null ? "" : "&addOn=" + addOn)
            + (dialIn == null ? "" : "&dialIn=" + dialIn));
  }

  private static String scheduled(
      String contract, String work, LocalDate date, String detail, String change) {
    return post(
        "/applications/scheduled?as="
            + ADMIN
            + "&contract="
            + contract
            + "&work="
            + work
            + "&date="
            + date
            + (detail == null ? "" : "&detail=" + URLEncoder.encode(detail, StandardCharsets.UTF_8))
            + (change == null ? "" : change));
  }

  private static String progress(String as) {
    return get("/applications/progress?as=" + as);
  }

  private static long applications() {
    return count("SELECT COUNT(*) FROM contract_application");
  }

  private static long count(String sql) {
    return Long.parseLong(get("/count?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8)));
  }

  private static String get(String path) {
    HttpResponse<String> response = Urls.get(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String post(String path) {
    HttpResponse<String> response = Urls.post(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
