package jp.selfcare.it;

import static jp.selfcare.it.CallRecordFiles.HEADER;
import static jp.selfcare.it.CallRecordFiles.callId;
import static jp.selfcare.it.Urls.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly billing of a month: each number's line with its plan's basic charge, its add-on fees
 * and its rated calls, tax on the bill; a rerun of the open month replaces the bills and never
 * doubles them; a closed month is final.
 */
@ExtendWith(ArquillianExtension.class)
class BillsIT {

  /** A month no other test's calls fall in. */
  private static final String MONTH = "2026-09";

  private static final String NUMBER = "0350000000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String bill() {
    return OrderFiles.awaitEnd(Long.parseLong(Urls.support("/bills/start?month=" + MONTH)));
  }

  private static String line() {
    return Urls.get(Urls.SUPPORT + "/bills/line?month=" + MONTH + "&number=" + NUMBER).body();
  }

  /** The sample customer's administrator, and the other customer's. */
  private static final String ADMIN = "admin@sample-shoji.example";

  private static final String OTHER_ADMIN = "admin@test-bussan.example";

  @Test
  void theStationShowsEachUserTheCallsAndLinesOfWhatTheyMayRead() {
    String mine = callId();
    String tag = mine.substring(3, 11);
    // 0350000000 is a number of 東京本社 (Y15000001); a reader of Y15000002 may not see it
    List<String> calls =
        List.of(
            HEADER,
            mine + ",2026-08-03T09:00:00+09:00," + NUMBER + ",09012345678,1,61,MOBILE",
            callId() + ",2026-08-04T09:00:00+09:00," + NUMBER + ",0312345679,1,30,FIXED");
    assertThat(CallRecordFiles.importFromFolder("aug-" + tag + ".csv", calls))
        .isEqualTo("COMPLETED DONE");
    String period = "&from=2026-08-01&to=2026-08-31";

    String forAdmin = Urls.get(Urls.SUPPORT + "/station/calls?as=" + ADMIN + period).body();
    assertThat(forAdmin).startsWith("2\n").contains(mine + " " + NUMBER + " 32.00");
    assertThat(Urls.get(Urls.SUPPORT + "/station/callers?as=" + ADMIN + period).body())
        .isEqualTo(NUMBER + " 2 91 40");
    assertThat(Urls.get(Urls.SUPPORT + "/station/days?as=" + ADMIN + period).body())
        .as("calls per day in Japan")
        .isEqualTo("2026-08-03 1 61 32\n2026-08-04 1 30 8");
    String reader = Urls.readOnlyUserOf(ADMIN, "Y15000002");
    assertThat(Urls.get(Urls.SUPPORT + "/station/calls?as=" + reader + period).body())
        .as("a reader of another voice group")
        .isEqualTo("0\n");
    assertThat(Urls.get(Urls.SUPPORT + "/station/calls?as=" + OTHER_ADMIN + period).body())
        .as("another customer")
        .isEqualTo("0\n");
    assertThat(
            Urls.get(
                    Urls.SUPPORT
                        + "/station/calls?as="
                        + ADMIN
                        + "&from=2026-08-31&to=2026-08-01&numbers=12")
                .body())
        .isEqualTo("REFUSED [PERIOD_REVERSED, NUMBER_INVALID]");

    List<String> file = downloaded(ADMIN, "calls", period + "&numbers=" + NUMBER);
    assertThat(file.get(0)).startsWith("COMPLETED 通話明細_").endsWith(".csv");
    assertThat(file.get(1)).isEqualTo("\uFEFF通話開始日時,発信元電話番号,発信先電話番号,種別,通話秒数,通話料");
    assertThat(file.subList(2, file.size()))
        .as("the period's calls, oldest first, numbers as text for Excel")
        .containsExactly(
            "2026/08/03 09:00:00,\"=\"\""
                + NUMBER
                + "\"\"\",\"=\"\"09012345678\"\"\",MOBILE,61,32.00",
            "2026/08/04 09:00:00,\"=\"\""
                + NUMBER
                + "\"\"\",\"=\"\"0312345679\"\"\",FIXED,30,8.00");
    assertThat(downloaded(ADMIN, "callers", period).subList(1, 3))
        .containsExactly(
            "\uFEFF発信元電話番号,通話回数,通話分数,通話秒数,通話料", "\"=\"\"" + NUMBER + "\"\"\",2,2,91,40.00");
    assertThat(downloaded(reader, "calls", period))
        .as("a reader of another voice group: the header only")
        .hasSize(2);
  }

  @Test
  void theCallsOfANumberGivenBackStayFoundByItsNumberAndContract() {
    // a number of 東京本社's contract of its own, given back after its calls were loaded
    String number = "0359990123";
    assertThat(
            OrderFiles.importFromFolder(
                "bills-number.jsonl",
                List.of(
                    OrderFiles.line(
                        "{'orderId':'BI-n1','kind':'numbers','contractNumber':'N200000001',"
                            + "'numbers':[{'number':'"
                            + number
                            + "','channels':1,'sipId':'sip"
                            + number
                            + "','sipPassword':'pw-"
                            + number
                            + "'}]}"))))
        .isEqualTo("COMPLETED DONE");
    String tag = callId().substring(3, 11);
    String call = callId();
    assertThat(
            CallRecordFiles.importFromFolder(
                "may-" + tag + ".csv",
                List.of(
                    HEADER,
                    call + ",2026-05-12T09:00:00+09:00," + number + ",0312345679,1,30,FIXED")))
        .isEqualTo("COMPLETED DONE");
    assertThat(
            OrderFiles.importFromFolder(
                "bills-number-end.jsonl",
                List.of(
                    OrderFiles.line(
                        "{'orderId':'BI-e1','kind':'endOfService','number':'" + number + "'}"))))
        .isEqualTo("COMPLETED DONE");
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE number = '" + number + "'")).isZero();

    String search = "&from=2026-05-01&to=2026-05-31&numbers=" + number;
    assertThat(Urls.get(Urls.SUPPORT + "/station/calls?as=" + ADMIN + search).body())
        .as("the administrator, searching by the number")
        .isEqualTo("1\n" + call + " " + number + " 8.00");
    assertThat(
            Urls.get(
                    Urls.SUPPORT
                        + "/station/calls?as="
                        + Urls.readOnlyUserOf(ADMIN, "Y15000001")
                        + search)
                .body())
        .as("a reader of the contract's voice group")
        .isEqualTo("1\n" + call + " " + number + " 8.00");
    assertThat(
            Urls.get(
                    Urls.SUPPORT
                        + "/station/calls?as="
                        + Urls.readOnlyUserOf(ADMIN, "Y15000002")
                        + search)
                .body())
        .as("a reader of another voice group")
        .isEqualTo("0\n");
  }

  @Test
  void aBillingGroupBillsItsContractsTogetherAndFollowsTheFeed() {
    String customer = "N190000050";
    String a = "N290000051";
    String b = "N290000052";
    List<String> orders =
        List.of(
            line(
                "{'orderId':'BG-c','kind':'customer','customerNumber':'"
                    + customer
                    + "',"
                    + "'name':'一括請求テスト株式会社'}"),
            line(
                "{'orderId':'BG-g','kind':'voiceGroup','voiceGroupId':'Y19000050',"
                    + "'customerNumber':'"
                    + customer
                    + "','name':'一括'}"),
            line(
                "{'orderId':'BG-p','kind':'plan','voiceGroupId':'Y19000050','name':'一括プラン',"
                    + "'basicCharge':500}"),
            line(
                "{'orderId':'BG-s','kind':'site','siteId':'1900050','voiceGroupId':'Y19000050',"
                    + "'plan':'一括プラン','name':'一括拠点','address':'東京都'}"),
            contract("BG-ka", a, customer),
            contract("BG-kb", b, customer),
            number("BG-na", a, "0391500001"),
            number("BG-nb", b, "0391500002"),
            group("BG-1", customer, a, b));
    assertThat(OrderFiles.importFromFolder("billing-group.jsonl", orders))
        .isEqualTo("COMPLETED DONE");
    String ofTheCustomer =
        " FROM bill b JOIN customer u ON u.id = b.customer_id WHERE u.customer_number = '"
            + customer
            + "' AND b.billing_month = '2026-12'";
    String groupBill =
        " AND b.billing_group_id IS NOT NULL AND b.representative_number = '0391500001'";
    assertThat(OrderFiles.awaitEnd(Long.parseLong(Urls.support("/bills/start?month=2026-12"))))
        .startsWith("COMPLETED");
    assertThat(count("SELECT COUNT(*)" + ofTheCustomer)).as("one bill").isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM bill_line l WHERE l.bill_id IN (SELECT b.id"
                    + ofTheCustomer
                    + groupBill
                    + ")"))
        .as("under the representative number, with both contracts' lines")
        .isEqualTo(2);

    // a contract of another customer, or one that does not exist: refused, the group unchanged
    assertThat(
            OrderFiles.importFromFolder(
                "billing-group-refused.jsonl",
                List.of(
                    group("BG-2", customer, a, "N200000001"),
                    group("BG-3", customer, "N299999999"))))
        .isEqualTo("COMPLETED FAILED");
    List<String> result = OrderFiles.result("billing-group-refused.jsonl");
    assertThat(result.get(1)).contains(",REFUSED,OTHER_CUSTOMER,").endsWith(": N200000001");
    assertThat(result.get(2)).contains(",REFUSED,UNKNOWN_CONTRACT,").endsWith(": N299999999");
    assertThat(
            count(
                "SELECT COUNT(*) FROM contract WHERE billing_group_id IS NOT NULL"
                    + " AND contract_number IN ('"
                    + a
                    + "', '"
                    + b
                    + "', 'N200000001')"))
        .isEqualTo(2);

    // the group named with one contract: the other is billed on its own from the next run
    assertThat(
            OrderFiles.importFromFolder(
                "billing-group-smaller.jsonl", List.of(group("BG-4", customer, a))))
        .isEqualTo("COMPLETED DONE");
    assertThat(OrderFiles.awaitEnd(Long.parseLong(Urls.support("/bills/start?month=2026-12"))))
        .startsWith("COMPLETED");
    assertThat(count("SELECT COUNT(*)" + ofTheCustomer)).as("two bills now").isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM bill_line l WHERE l.bill_id IN (SELECT b.id"
                    + ofTheCustomer
                    + groupBill
                    + ")"))
        .isOne();
    assertThat(count("SELECT COUNT(*)" + ofTheCustomer + " AND b.contract_number = '" + b + "'"))
        .as("the contract left out, billed on its own")
        .isOne();
  }

  private static String line(String json) {
    return OrderFiles.line(json);
  }

  private static String contract(String orderId, String contract, String customer) {
    return line(
        "{'orderId':'"
            + orderId
            + "','kind':'contract','contractNumber':'"
            + contract
            + "','customerNumber':'"
            + customer
            + "','service':'IP_VOICE','siteId':'1900050','channels':4}");
  }

  private static String number(String orderId, String contract, String number) {
    return line(
        "{'orderId':'"
            + orderId
            + "','kind':'numbers','contractNumber':'"
            + contract
            + "','numbers':[{'number':'"
            + number
            + "','channels':1,'sipId':'sip"
            + number
            + "','sipPassword':'pw-"
            + number
            + "'}]}");
  }

  private static String group(String orderId, String customer, String... contracts) {
    return line(
        "{'orderId':'"
            + orderId
            + "','kind':'billingGroup','customerNumber':'"
            + customer
            + "','representativeNumber':'0391500001','name':'本社一括','contracts':['"
            + String.join("','", contracts)
            + "']}");
  }

  /** Requests a download as the user and waits for its file: the status line, then its rows. */
  private static List<String> downloaded(String as, String kind, String query) {
    String id =
        Urls.support("/station/download?as=" + as + "&kind=" + kind + query.replace('?', '&'));
    String[] body = new String[1];
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(1))
        .pollInterval(java.time.Duration.ofMillis(200))
        .until(
            () -> {
              body[0] = Urls.get(Urls.SUPPORT + "/station/download/" + id + "?as=" + as).body();
              return body[0].startsWith("COMPLETED") || body[0].startsWith("FAILED");
            });
    return List.of(body[0].split("\r?\n"));
  }

  @Test
  void aMonthIsBilledRerunWithoutDoublingAndClosedForGood() {
    Urls.support("/bills/plan-charge?number=" + NUMBER + "&charge=1000");
    String tag = callId().substring(3, 11);
    List<String> calls =
        List.of(
            HEADER,
            callId() + ",2026-09-10T10:00:00+09:00," + NUMBER + ",09012345678,1,125,MOBILE",
            callId() + ",2026-09-30T23:59:00+09:00," + NUMBER + ",0312345679,1,181,FIXED",
            // the first minute of October in Japan: next month's
            callId() + ",2026-09-30T15:00:00Z," + NUMBER + ",0312345679,1,60,FIXED");
    assertThat(CallRecordFiles.importFromFolder("sept-" + tag + ".csv", calls))
        .isEqualTo("COMPLETED DONE");

    assertThat(bill()).isEqualTo("COMPLETED BILLED");
    String[] line = line().split(" ");
    assertThat(line[0]).as("days").isEqualTo("30");
    assertThat(line[1]).as("basic").isEqualTo("1000");
    long addOns = Long.parseLong(line[2]);
    assertThat(line[3]).as("calls: 48 + 16 yen").isEqualTo("64");
    assertThat(line[4]).as("two calls in September").isEqualTo("2");
    assertThat(Long.parseLong(line[5])).isEqualTo(1000 + addOns + 64);
    long subtotal = Long.parseLong(line[7]);
    assertThat(Long.parseLong(line[8])).as("tax: 10 % rounded down").isEqualTo(subtotal / 10);
    long bills = count("SELECT COUNT(*) FROM bill WHERE billing_month = '" + MONTH + "'");
    long lines =
        count(
            "SELECT COUNT(*) FROM bill_line l JOIN bill b ON b.id = l.bill_id"
                + " WHERE b.billing_month = '"
                + MONTH
                + "'");
    assertThat(bills).isPositive();

    String first = line();
    assertThat(bill()).as("a rerun of the open month").isEqualTo("COMPLETED BILLED");
    assertThat(line()).as("the same line, once").isEqualTo(first);
    assertThat(count("SELECT COUNT(*) FROM bill WHERE billing_month = '" + MONTH + "'"))
        .isEqualTo(bills);
    assertThat(
            count(
                "SELECT COUNT(*) FROM bill_line l JOIN bill b ON b.id = l.bill_id"
                    + " WHERE b.billing_month = '"
                    + MONTH
                    + "'"))
        .isEqualTo(lines);

    // 明細の差分 against August (billed now too): only the lines whose amounts moved
    assertThat(OrderFiles.awaitEnd(Long.parseLong(Urls.support("/bills/start?month=2026-08"))))
        .isEqualTo("COMPLETED BILLED");
    List<String> moved =
        List.of(Urls.get(Urls.SUPPORT + "/bills/differences?month=" + MONTH).body().split("\n"));
    assertThat(moved).anyMatch(d -> d.startsWith(NUMBER + " [CALLS] "));
    assertThat(moved)
        .as("a line that did not move is not listed")
        .noneMatch(d -> d.startsWith("0350000001 "));

    assertThat(Urls.support("/bills/close?month=" + MONTH)).isEqualTo("CLOSED");
    assertThat(Urls.support("/bills/close?month=" + MONTH)).isEqualTo("UNCHANGED");
    Urls.support("/bills/plan-charge?number=" + NUMBER + "&charge=2000");
    assertThat(bill()).as("a closed month is final").isEqualTo("COMPLETED CLOSED");
    assertThat(line()).isEqualTo(first);
    Urls.support("/bills/plan-charge?number=" + NUMBER + "&charge=0");
  }
}
