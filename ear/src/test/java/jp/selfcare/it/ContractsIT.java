package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ご契約・運用状況 through the service: scope per user (administrator, read-only general user, another
 * customer), the keyword filter (all words, half- and full-width spaces), the status, service-class
 * and service filters, sort, the memo with its limit, the detail and a basic number's page, and the
 * audited SIP password.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsIT {

  private static final String ADMIN = "admin@sample-shoji.example";
  private static final String OTHER_ADMIN = "admin@test-bussan.example";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void anAdministratorSeesEveryContractOfItsCustomerAndNoOther() {
    assertThat(numbers(search(ADMIN, "")))
        .containsExactly(
            "N200000001",
            "N200000002",
            "N200000003",
            "N200000004",
            "N200000005",
            "N200000006",
            "N200000007",
            "N200000008",
            "N200000009");
    assertThat(numbers(search(OTHER_ADMIN, ""))).containsExactly("N300000001");
    assertThat(get("/contracts/detail?as=" + OTHER_ADMIN + "&contract=N200000001"))
        .as("another customer's contract is unknown")
        .isEqualTo("NONE");
  }

  @Test
  void everyKeywordMustMatchWhateverTheSpacesBetweenThem() {
    assertThat(numbers(search(ADMIN, "&keywords=" + q("東京本社 N200000002"))))
        .containsExactly("N200000002");
    assertThat(numbers(search(ADMIN, "&keywords=" + q("大阪支店\u3000n200000005"))))
        .as("full-width space, lower case")
        .containsExactly("N200000005");
    assertThat(numbers(search(ADMIN, "&keywords=" + q("Ｎ２０００００００６"))))
        .as("full-width letters and digits")
        .containsExactly("N200000006");
    assertThat(numbers(search(ADMIN, "&keywords=" + q("ビジネスモバイル"))))
        .as("a service name")
        .containsExactly("N200000007");
    assertThat(numbers(search(ADMIN, "&keywords=" + q("ip voice 福岡"))))
        .containsExactly("N200000006");
    assertThat(numbers(search(ADMIN, "&keywords=" + q("福岡 横浜")))).isEmpty();
    assertThat(numbers(search(ADMIN, "&keywords=" + q("100%")))).as("% is a character").isEmpty();
  }

  @Test
  void statusServiceClassServiceAndSort() {
    post("/contracts/status?contract=N200000003&status=FAULT");
    try {
      assertThat(numbers(search(ADMIN, "&status=FAULT"))).containsExactly("N200000003");
      assertThat(search(ADMIN, "&keywords=N200000003")).contains("N200000003 FAULT IP_VOICE");
    } finally {
      post("/contracts/status?contract=N200000003&status=NORMAL");
    }
    assertThat(numbers(search(ADMIN, "&service=BUSINESS_MOBILE"))).containsExactly("N200000007");
    assertThat(numbers(search(ADMIN, "&class=MOBILE"))).containsExactly("N200000007", "N200000009");
    assertThat(numbers(search(ADMIN, "&class=VOICE")))
        .as("six IP Voice contracts and the Smart PBX")
        .hasSize(7);
    assertThat(numbers(search(ADMIN, "&keywords=" + q("ひかりクラウドPBX"))))
        .containsExactly("N200000008");
    assertThat(numbers(search(ADMIN, "&class=VOICE&sort=SITE&desc=true")))
        .as("福岡 (2000002) first, then 大阪 (2000001) by contract number")
        .startsWith("N200000006", "N200000004", "N200000005");
  }

  @Test
  void aReadOnlyUserReadsItsContractsButCannotChangeTheMemo() {
    String user = Urls.readOnlyUserOf(ADMIN, "Y15000002");
    assertThat(search(user, "")).contains("N200000004 NORMAL IP_VOICE READ");
    assertThat(numbers(search(user, ""))).containsExactly("N200000004", "N200000005", "N200000006");
    String before = memoOf(ADMIN, "N200000004");
    assertThat(post("/contracts/memo?as=" + user + "&contract=N200000004&memo=x"))
        .isEqualTo("NOT_ALLOWED");
    assertThat(memoOf(ADMIN, "N200000004")).as("nothing changed").isEqualTo(before);
    assertThat(get("/contracts/detail?as=" + user + "&contract=N200000001")).isEqualTo("NONE");
    assertThat(post("/contracts/sip?as=" + user + "&contract=N200000001&number=0350000000"))
        .isEqualTo("NONE");
  }

  @Test
  void theMemoIsSearchableAndItsLimitHolds() {
    String memo = "営業部-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(post("/contracts/memo?as=" + ADMIN + "&contract=N200000002&memo=" + q(memo)))
        .isEqualTo("OK");
    assertThat(numbers(search(ADMIN, "&keywords=" + q(memo)))).containsExactly("N200000002");
    assertThat(post("/contracts/memo?as=" + ADMIN + "&contract=N200000002&memo=" + "あ".repeat(501)))
        .isEqualTo("REFUSED [MEMO_TOO_LONG]");
    assertThat(memoOf(ADMIN, "N200000002")).isEqualTo(memo);
  }

  @Test
  void detailBasicNumberPageAndTheAuditedSipPassword() {
    String detail = get("/contracts/detail?as=" + ADMIN + "&contract=N200000001");
    assertThat(detail)
        .contains("group=Y15000001", "address=東京都千代田区大手町1-1-1", "accessLine=N700000001")
        .contains("numbers=600");
    String basic = detail.replaceAll("(?s).*firstBasic=(\\d+).*", "$1");
    String number = get("/contracts/number?as=" + ADMIN + "&contract=N200000001&number=" + basic);
    assertThat(number).contains("sipId=sip" + basic, "hasSipPassword=true", "BULK_FORWARDING");

    String audited =
        "/count?sql="
            + q(
                "SELECT COUNT(*) FROM audit_event WHERE event = 'SIP_PASSWORD_SHOWN'"
                    + " AND detail = 'N200000001 "
                    + basic
                    + "'");
    long before = Long.parseLong(get(audited));
    String password = post("/contracts/sip?as=" + ADMIN + "&contract=N200000001&number=" + basic);
    assertThat(password).matches("[A-Za-z2-9]{12}");
    assertThat(Long.parseLong(get(audited))).isEqualTo(before + 1);
    assertThat(get("/contracts/number?as=" + OTHER_ADMIN + "&contract=N200000001&number=" + basic))
        .isEqualTo("NONE");
  }

  @Test
  void theDashboardShowsTheServicesAUserMayReadAndTheirOwnOperations() {
    post("/contracts/status?contract=N200000004&status=FAULT");
    try {
      assertThat(get("/contracts/dashboard?as=" + ADMIN))
          .contains(
              "IP_VOICE 6 1 true",
              "SMART_PBX 1 0 true",
              "BUSINESS_MOBILE 1 0 true",
              "MOBILE_OFFICE 1 0 true");
      String user = Urls.readOnlyUserOf(ADMIN, "Y15000002");
      String mine = get("/contracts/dashboard?as=" + user);
      assertThat(mine).startsWith("IP_VOICE 3 1 false\nrecent=");
      assertThat(mine).doesNotContain("SMART_PBX", "MOBILE");
      post("/downloads?contract=N200000005&lang=ja&as=" + user);
      assertThat(get("/contracts/dashboard?as=" + user))
          .endsWith("recent=NUMBER_INFORMATION_DOWNLOAD:N200000005");
    } finally {
      post("/contracts/status?contract=N200000004&status=NORMAL");
    }
  }

  private static String memoOf(String as, String contract) {
    return Arrays.stream(search(as, "&keywords=" + contract).split("\n"))
        .filter(l -> l.startsWith(contract + " "))
        .map(l -> l.split(" ", 5)[4])
        .findFirst()
        .orElseThrow();
  }

  private static String search(String as, String query) {
    return get("/contracts/search?as=" + as + query);
  }

  private static List<String> numbers(String listing) {
    return Arrays.stream(listing.split("\n"))
        .filter(l -> l.startsWith("N"))
        .map(l -> l.substring(0, 10))
        .toList();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
