package jp.selfcare.it;

import static jp.selfcare.it.OrderFiles.line;
import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service-order feed (docs/service-orders.md) end to end: every kind of order through the
 * import job, started by hand from the management CLI or from the import folder; a file imported
 * again doubles nothing; a bad order is refused with its reason while the others go on; end of
 * service and add-on changes keep bulk forwarding and hunt groups whole; the routing cache answers
 * for new and ended numbers after commit.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningIT {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String decide(String number) {
    return Urls.get(Urls.SUPPORT + "/routing/incoming?called=" + number + "&caller=0311112222")
        .body();
  }

  /** The routing cache reloads an order's numbers just after its commit, in the background. */
  private static void awaitDecision(String number, String decision) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(5))
        .pollInterval(java.time.Duration.ofMillis(50))
        .until(() -> decide(number).equals(decision));
  }

  /** A new customer with a voice group, plan, site and IP Voice contract, as orders. */
  private static List<String> organisation(String n) {
    List<String> orders = new ArrayList<>();
    orders.add(
        line(
            "{'orderId':'IT"
                + n
                + "-c','kind':'customer','customerNumber':'N1900000"
                + n
                + "','name':'株式会社IT"
                + n
                + "'}"));
    orders.addAll(organisation(n, "N1900000" + n));
    return orders;
  }

  /** A voice group, plan, site and IP Voice contract of an existing customer, as orders. */
  private static List<String> organisation(String n, String customer) {
    return List.of(
        line(
            "{'orderId':'IT"
                + n
                + "-g','kind':'voiceGroup','voiceGroupId':'Y190000"
                + n
                + "','customerNumber':'"
                + customer
                + "','name':'ITグループ'}"),
        line(
            "{'orderId':'IT"
                + n
                + "-p','kind':'plan','voiceGroupId':'Y190000"
                + n
                + "','name':'アクセスセット'}"),
        line(
            "{'orderId':'IT"
                + n
                + "-s','kind':'site','siteId':'19000"
                + n
                + "','voiceGroupId':'Y190000"
                + n
                + "','plan':'アクセスセット','name':'IT拠点','address':'東京都'}"),
        line(
            "{'orderId':'IT"
                + n
                + "-k','kind':'contract','contractNumber':'N2900000"
                + n
                + "','customerNumber':'"
                + customer
                + "','service':'IP_VOICE','siteId':'19000"
                + n
                + "','channels':8}"));
  }

  private static String numbers(String orderId, String contract, String addOns, String... numbers) {
    List<String> entries = new ArrayList<>();
    for (String number : numbers) {
      entries.add(
          "{'number':'"
              + number
              + "','channels':2,'sipId':'sip"
              + number
              + "','sipPassword':'pw-"
              + number
              + "','addOns':{"
              + addOns
              + "}}");
    }
    return line(
        "{'orderId':'"
            + orderId
            + "','kind':'numbers','contractNumber':'"
            + contract
            + "','numbers':["
            + String.join(",", entries)
            + "]}");
  }

  @Test
  void everyKindOfOrderIsAppliedFromAFileStartedByHand() throws Exception {
    List<String> orders = new ArrayList<>(organisation("01"));
    orders.add(
        line(
            "{'orderId':'IT01-n','kind':'numbers','contractNumber':'N290000001','numbers':["
                + "{'number':'0391000000','channels':4,'sipId':'sip1','sipPassword':'secret-1',"
                + "'addOns':{'messageBox':true,'specificPresentation':'0120123456'},"
                + "'dialIns':[{'number':'0391000001','addOns':{'nuisanceBlocking':true}}]}]}"));
    orders.add(
        line(
            "{'orderId':'IT01-d','kind':'dialIns','basicNumber':'0391000000',"
                + "'dialIns':[{'number':'0391000002'}]}"));
    orders.add(
        line(
            "{'orderId':'IT01-a','kind':'addOns','number':'0391000002',"
                + "'addOns':{'anonymousRejection':true}}"));
    orders.add(
        line(
            "{'orderId':'IT01-m','kind':'contract','contractNumber':'N290000091',"
                + "'customerNumber':'N190000001','service':'BUSINESS_MOBILE',"
                + "'mobileContractId':'BM19000001'}"));
    orders.add(
        line(
            "{'orderId':'IT01-u','kind':'customer','customerNumber':'N190000001',"
                + "'name':'株式会社IT01（新）','timeZone':'Asia/Tokyo','mailLanguage':'en'}"));
    orders.add(
        line(
            "{'orderId':'IT01-adm','kind':'administrator','customerNumber':'N190000001',"
                + "'name':'山田 太郎','mail':'yamada@it01.example','phone':'0312345678'}"));

    assertThat(OrderFiles.importByHand(management, "it01.jsonl", orders))
        .isEqualTo("COMPLETED DONE");

    List<String> result = OrderFiles.result("it01.jsonl");
    assertThat(result).hasSize(1 + orders.size());
    assertThat(result.subList(1, result.size())).allMatch(r -> r.contains(",APPLIED,"));
    assertThat(result.get(6)).startsWith("6,IT01-n,numbers,APPLIED,");
    assertThat(result.get(1)).isEqualTo("1,IT01-c,customer,APPLIED,,,");
    String place = OrderFiles.importOf("it01.jsonl");
    assertThat(place).startsWith("DONE ").contains("/done/").endsWith("it01.jsonl");
    assertThat(OrderFiles.exists(place.substring(5))).isTrue();
    assertThat(OrderFiles.exists(place.substring(5) + ".result.csv")).isTrue();

    assertThat(
            count(
                "SELECT COUNT(*) FROM customer WHERE customer_number = 'N190000001'"
                    + " AND contractor_name = '株式会社IT01（新）' AND mail_language = 'en'"))
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                    + " WHERE c.contract_number = 'N290000001'"))
        .isEqualTo(3);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number = '0391000000' AND channel_count = 4"
                    + " AND sip_id = 'sip1' AND sip_password LIKE 'v1:%' AND ao_message_box"
                    + " AND presented_number = '0120123456' AND NOT ao_nuisance_blocking"))
        .as("SIP password stored encrypted, add-ons as ordered")
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number d JOIN ip_number b ON b.id = d.basic_number_id"
                    + " WHERE b.number = '0391000000' AND d.number_type = 'DIAL_IN'"))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number = '0391000002' AND ao_anonymous_rejection"))
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM contract WHERE contract_number = 'N290000091'"
                    + " AND mobile_contract_id = 'BM19000001' AND service = 'BUSINESS_MOBILE'"))
        .isOne();
    // the routing cache knows the new numbers
    awaitDecision("0391000000", "RING 0391000000");
    awaitDecision("0391000002", "RING 0391000002");

    MimeMessage registration = ItMail.awaitMail(smtp, "yamada@it01.example", 1);
    assertThat(registration.getSubject()).isEqualTo("[Business Portal] Your user registration");
    assertThat(ItMail.text(registration)).contains("/portal/password.xhtml?token=");
    assertThat(
            count(
                "SELECT COUNT(*) FROM portal_user u JOIN customer c ON c.id = u.customer_id"
                    + " WHERE u.login_id = 'yamada@it01.example' AND u.role = 'ADMINISTRATOR'"
                    + " AND c.customer_number = 'N190000001'"))
        .isOne();
  }

  @Test
  void aWebBillingMemberWaitsForItsRegistrationWithItsTargetLines() {
    String member =
        "SELECT COUNT(*) FROM billing_member m JOIN customer c ON c.id = m.customer_id"
            + " WHERE m.login_id = 'Sample2026' AND c.customer_number = 'N100000001'"
            + " AND m.state = 'REGISTERING' AND m.password_hash IS NULL"
            + " AND m.holder_name = c.contractor_name";
    String lines =
        "SELECT COUNT(*) FROM billing_member_line l JOIN billing_member m ON m.id = l.member_id"
            + " WHERE m.login_id = 'Sample2026'";
    assertThat(
            OrderFiles.importFromFolder(
                "member.jsonl",
                List.of(
                    line(
                        "{'orderId':'IT09-m1','kind':'billingMember','customerNumber':'N100000001',"
                            + "'loginId':'Sample2026','name':'経理 花子','mail':'keiri@sample-shoji.example',"
                            + "'lines':['0350000000']}"))))
        .isEqualTo("COMPLETED DONE");
    assertThat(count(member)).isOne();
    assertThat(count(lines)).isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member_history h JOIN billing_member m"
                    + " ON m.id = h.member_id WHERE m.login_id = 'Sample2026' AND h.kind = 'LOGIN_ID'"))
        .as("the login ID's history begins")
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number n JOIN customer c ON c.id = n.customer_id"
                    + " WHERE n.number = '0525000000' AND c.customer_number = 'N100000002'"))
        .as("a number of the other customer")
        .isOne();

    List<String> orders =
        List.of(
            memberOrder("IT09-m2", "N100000002", "Sample2026", "0525000000"),
            memberOrder("IT09-m3", "N100000001", "Sample2027", "0525000000"),
            memberOrder("IT09-m4", "N100000001", "Sample2027", "0399999999"),
            memberOrder("IT09-m5", "N100000001", "Sample2026", "0350000001"));
    assertThat(OrderFiles.importFromFolder("member-2.jsonl", orders)).isEqualTo("COMPLETED FAILED");
    List<String> result = OrderFiles.result("member-2.jsonl");
    assertThat(result.get(1)).contains(",REFUSED,LOGIN_ID_TAKEN,").endsWith(": Sample2026");
    assertThat(result.get(2)).contains(",REFUSED,OTHER_CUSTOMER,").endsWith(": 0525000000");
    assertThat(result.get(3)).contains(",REFUSED,UNKNOWN_NUMBER,").endsWith(": 0399999999");
    assertThat(result.get(4)).startsWith("4,IT09-m5,billingMember,APPLIED,");
    assertThat(count("SELECT COUNT(*) FROM billing_member WHERE login_id = 'Sample2027'"))
        .as("nothing of a refused order stored")
        .isZero();
    assertThat(count(lines)).as("a line added; none taken away").isEqualTo(2);
  }

  private static String memberOrder(String orderId, String customer, String loginId, String line) {
    return line(
        "{'orderId':'"
            + orderId
            + "','kind':'billingMember','customerNumber':'"
            + customer
            + "','loginId':'"
            + loginId
            + "','name':'経理','mail':'keiri@example.jp','lines':['"
            + line
            + "']}");
  }

  @Test
  void theSameFileImportedAgainDoublesNothing() throws Exception {
    List<String> orders = new ArrayList<>(organisation("02"));
    orders.add(numbers("IT02-n", "N290000002", "'messageBox':true", "0391000100", "0391000101"));
    assertThat(OrderFiles.importFromFolder("it02.jsonl", orders)).isEqualTo("COMPLETED DONE");
    long numbers = count("SELECT COUNT(*) FROM ip_number");
    long sites = count("SELECT COUNT(*) FROM site");

    assertThat(OrderFiles.importFromFolder("it02.jsonl", orders)).isEqualTo("COMPLETED DONE");

    List<String> again = OrderFiles.result("it02.jsonl");
    assertThat(again.subList(1, again.size()))
        .hasSize(orders.size())
        .allMatch(r -> r.contains(",SKIPPED,"));
    assertThat(again.get(6)).contains("適用済み: import ").contains("(it02.jsonl), line 6");
    assertThat(count("SELECT COUNT(*) FROM ip_number")).isEqualTo(numbers);
    assertThat(count("SELECT COUNT(*) FROM site")).isEqualTo(sites);
    assertThat(count("SELECT COUNT(*) FROM applied_order WHERE order_id LIKE 'IT02-%'"))
        .isEqualTo(orders.size());
    assertThat(count("SELECT COUNT(*) FROM order_import WHERE file_name = 'it02.jsonl'"))
        .as("both imports are in the order log")
        .isEqualTo(2);
  }

  @Test
  void aBadOrderIsRefusedWithItsReasonAndTheOthersGoOn() throws Exception {
    List<String> orders = new ArrayList<>(organisation("03"));
    orders.add(numbers("IT03-n1", "N290000003", "", "0391000200"));
    orders.add(numbers("IT03-bad-contract", "N299999999", "", "0391000201"));
    orders.add("this is not JSON");
    orders.add(numbers("IT03-in-use", "N290000003", "", "0391000202", "0350000001"));
    orders.add(
        line("{'orderId':'IT03-typo','kind':'customer','customerNumber':'N190000003','nmae':'x'}"));
    orders.add(numbers("IT03-n2", "N290000003", "", "0391000203"));

    assertThat(OrderFiles.importFromFolder("it03.jsonl", orders)).isEqualTo("COMPLETED FAILED");

    List<String> result = OrderFiles.result("it03.jsonl");
    assertThat(result.get(6)).startsWith("6,IT03-n1,numbers,APPLIED,");
    assertThat(result.get(7))
        .isEqualTo(
            "7,IT03-bad-contract,numbers,REFUSED,UNKNOWN_CONTRACT,"
                + "契約が登録されていません: N299999999,No contract with this number: N299999999");
    assertThat(result.get(8)).startsWith("8,,,REFUSED,NOT_JSON,");
    assertThat(result.get(9))
        .startsWith("9,IT03-in-use,numbers,REFUSED,NUMBER_IN_USE,")
        .endsWith("The telephone number is in use already: 0350000001");
    assertThat(result.get(10)).startsWith("10,IT03-typo,customer,REFUSED,MISSING_FIELD,");
    assertThat(result.get(11)).startsWith("11,IT03-n2,numbers,APPLIED,");
    assertThat(OrderFiles.importOf("it03.jsonl")).startsWith("FAILED ").contains("/failed/");
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE number IN ('0391000201', '0391000202')"))
        .as("a refused order stored nothing, not even its valid numbers")
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE number IN ('0391000200', '0391000203')"))
        .isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM applied_order WHERE order_id = 'IT03-in-use'"))
        .as("a refused order may be sent again, corrected")
        .isZero();
  }

  @Test
  void endOfServiceKeepsBulkAndHuntGroupsWholeAndTheRoutingForgetsTheNumber() throws Exception {
    // under the sample customer, whose administrator's hand-off the bulk calls use
    List<String> orders = new ArrayList<>(organisation("04", "N100000001"));
    orders.add(
        numbers(
            "IT04-n",
            "N290000004",
            "'bulkForwarding':true",
            "0391000300",
            "0391000301",
            "0391000302"));
    assertThat(OrderFiles.importFromFolder("it04-setup.jsonl", orders)).isEqualTo("COMPLETED DONE");
    String as = "vg:Y19000004";
    String registered =
        support(
            "/bulk/register?as=" + as + "&site=1900004&name=IT04&numbers=0391000300,0391000301");
    assertThat(registered).startsWith("OK ");
    long group = Long.parseLong(registered.substring(3));
    assertThat(support("/bulk/activate?as=" + as + "&group=" + group + "&activation=START"))
        .startsWith("OK ");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(1))
        .until(
            () -> Urls.get(Urls.SUPPORT + "/bulk/state?group=" + group).body().equals("STARTED"));

    List<String> ends =
        List.of(
            line("{'orderId':'IT04-e1','kind':'endOfService','number':'0391000300'}"),
            line(
                "{'orderId':'IT04-e2','kind':'addOns','number':'0391000301','addOns':{'bulkForwarding':false}}"),
            line("{'orderId':'IT04-e3','kind':'endOfService','number':'0391000302'}"),
            line("{'orderId':'IT04-e4','kind':'endOfService','number':'0456000010'}"));
    awaitDecision("0391000302", "RING 0391000302");

    assertThat(OrderFiles.importFromFolder("it04.jsonl", ends)).isEqualTo("COMPLETED FAILED");

    List<String> result = OrderFiles.result("it04.jsonl");
    assertThat(result.get(1)).contains(",REFUSED,BULK_GROUP_ACTIVE,").endsWith(": 0391000300");
    assertThat(result.get(2)).contains(",REFUSED,BULK_GROUP_ACTIVE,");
    assertThat(result.get(3)).startsWith("3,IT04-e3,endOfService,APPLIED,");
    assertThat(result.get(4)).contains(",REFUSED,IN_HUNT_GROUP,").endsWith(": 0456000010");
    awaitDecision("0391000302", "NOT_IN_SERVICE");
    assertThat(decide("0391000300")).isNotEqualTo("NOT_IN_SERVICE");
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE number IN ('0391000300', '0456000010')"))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number = '0391000301' AND ao_bulk_forwarding"))
        .isOne();

    // 停止: now a member may leave, but not the last one
    assertThat(support("/bulk/activate?as=" + as + "&group=" + group + "&activation=STOP"))
        .startsWith("OK ");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(1))
        .until(
            () -> Urls.get(Urls.SUPPORT + "/bulk/state?group=" + group).body().equals("STOPPED"));
    List<String> stopped =
        List.of(
            line(
                "{'orderId':'IT04-s1','kind':'addOns','number':'0391000301','addOns':{'bulkForwarding':false}}"),
            line("{'orderId':'IT04-s2','kind':'endOfService','number':'0391000300'}"));
    assertThat(OrderFiles.importFromFolder("it04-stopped.jsonl", stopped))
        .isEqualTo("COMPLETED FAILED");
    List<String> after = OrderFiles.result("it04-stopped.jsonl");
    assertThat(after.get(1)).startsWith("1,IT04-s1,addOns,APPLIED,");
    assertThat(after.get(2)).contains(",REFUSED,LAST_BULK_MEMBERS,").endsWith(": IT04");
    assertThat(
            count(
                "SELECT COUNT(*) FROM bulk_forwarding_member m JOIN ip_number n"
                    + " ON n.id = m.ip_number_id WHERE n.number = '0391000301'"))
        .as("bulk forwarding ended: the number left its group")
        .isZero();
  }

  @Test
  void everyRefusalNamesItsReasonAndChangesNothing() throws Exception {
    List<String> setup = new ArrayList<>(organisation("05"));
    setup.add(
        line(
            "{'orderId':'IT05-m','kind':'contract','contractNumber':'N290000095',"
                + "'customerNumber':'N190000005','service':'BUSINESS_MOBILE',"
                + "'mobileContractId':'BM19000005'}"));
    setup.add(
        line(
            "{'orderId':'IT05-u','kind':'contract','contractNumber':'N290000096',"
                + "'customerNumber':'N190000005','service':'UNIVERSAL_ONE','siteId':'1900005',"
                + "'channels':0}"));
    setup.add(numbers("IT05-n", "N290000005", "", "0391000500"));
    setup.add(
        line(
            "{'orderId':'IT05-d','kind':'dialIns','basicNumber':'0391000500',"
                + "'dialIns':[{'number':'0391000501'}]}"));
    setup.add(
        line(
            "{'orderId':'IT05-adm','kind':'administrator','customerNumber':'N190000005',"
                + "'name':'管理 一郎','mail':'admin@it05.example','phone':'0312345678'}"));
    setup.add(
        line(
            "{'orderId':'IT05-c6','kind':'customer','customerNumber':'N190000006',"
                + "'name':'株式会社管理者なし'}"));
    assertThat(OrderFiles.importFromFolder("it05-setup.jsonl", setup)).isEqualTo("COMPLETED DONE");
    String[][] refused = {
      {
        "UNKNOWN_CUSTOMER",
        "{'orderId':'BAD1','kind':'voiceGroup','voiceGroupId':'Y19000059','customerNumber':'N199999999','name':'x'}"
      },
      {
        "UNKNOWN_PLAN",
        "{'orderId':'BAD2','kind':'site','siteId':'1900059','voiceGroupId':'Y19000005','plan':'無いプラン','name':'x','address':'y'}"
      },
      {
        "UNKNOWN_SITE",
        "{'orderId':'BAD3','kind':'contract','contractNumber':'N290000059','customerNumber':'N190000005','service':'IP_VOICE','siteId':'1999999','channels':1}"
      },
      {
        "UNKNOWN_NUMBER",
        "{'orderId':'BAD4','kind':'addOns','number':'0391999999','addOns':{'messageBox':true}}"
      },
      {
        "OTHER_CUSTOMER",
        "{'orderId':'BAD5','kind':'voiceGroup','voiceGroupId':'Y15000001','customerNumber':'N190000005','name':'乗っ取り'}"
      },
      {
        "SERVICE_CHANGED",
        "{'orderId':'BAD6','kind':'contract','contractNumber':'N290000005','customerNumber':'N190000005','service':'SMART_PBX','siteId':'1900005','channels':1}"
      },
      {
        "MOBILE_CONTRACT_ID_IN_USE",
        "{'orderId':'BAD7','kind':'contract','contractNumber':'N290000097','customerNumber':'N190000005','service':'BUSINESS_MOBILE','mobileContractId':'BM12345678'}"
      },
      {"NOT_A_NUMBER_CONTRACT", numbers("BAD8", "N290000096", "", "0391000590")},
      {"DUPLICATE_NUMBER", numbers("BAD9", "N290000005", "", "0391000591", "0391000591")},
      {
        "NOT_A_BASIC_NUMBER",
        "{'orderId':'BAD10','kind':'dialIns','basicNumber':'0391000501','dialIns':[{'number':'0391000592'}]}"
      },
      {
        "ADMINISTRATOR_EXISTS",
        "{'orderId':'BAD11','kind':'administrator','customerNumber':'N190000005','name':'二人目','mail':'second@it05.example','phone':'0312345678'}"
      },
      {
        "MAIL_ADDRESS_TAKEN",
        "{'orderId':'BAD12','kind':'administrator','customerNumber':'N190000006','name':'x','mail':'admin@sample-shoji.example','phone':'0312345678'}"
      },
      {"UNKNOWN_KIND", "{'orderId':'BAD13','kind':'tariff'}"},
      {"INVALID_IDENTIFIER", "{'orderId':'BAD14','kind':'endOfService','number':'03-1234'}"},
    };
    List<String> lines = new ArrayList<>();
    for (String[] r : refused) {
      lines.add(line(r[1]));
    }
    long numbers = count("SELECT COUNT(*) FROM ip_number");
    long contracts = count("SELECT COUNT(*) FROM contract");
    long groups = count("SELECT COUNT(*) FROM voice_group");
    long users = count("SELECT COUNT(*) FROM portal_user");

    assertThat(OrderFiles.importFromFolder("it05.jsonl", lines)).isEqualTo("COMPLETED FAILED");

    List<String> result = OrderFiles.result("it05.jsonl");
    for (int i = 0; i < refused.length; i++) {
      assertThat(result.get(i + 1))
          .as(refused[i][0])
          .startsWith((i + 1) + ",BAD" + (i + 1) + ",")
          .contains(",REFUSED," + refused[i][0] + ",");
    }
    assertThat(count("SELECT COUNT(*) FROM ip_number")).isEqualTo(numbers);
    assertThat(count("SELECT COUNT(*) FROM contract")).isEqualTo(contracts);
    assertThat(count("SELECT COUNT(*) FROM voice_group")).isEqualTo(groups);
    assertThat(count("SELECT COUNT(*) FROM portal_user")).isEqualTo(users);
    assertThat(
            count(
                "SELECT COUNT(*) FROM voice_group WHERE voice_group_code = 'Y15000001'"
                    + " AND name = '本社・東日本グループ'"))
        .as("another customer's group kept its name")
        .isOne();
    assertThat(count("SELECT COUNT(*) FROM applied_order WHERE order_id LIKE 'BAD%'")).isZero();
  }
}
