package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What Web Billing members read of the monthly bills (60-web-billing.md): only final bills, only
 * those charging one of their own target lines — a representative number shows its billing group's
 * whole bill — and the bill notification mail, sent once per member and month when the month
 * closes, and not again after the server restarts and the sweep runs.
 */
@ExtendWith(ArquillianExtension.class)
class BillingMemberBillsIT {

  private static final String MONTH = "2026-07";
  private static final String PASSWORD = "Keiri-2026";
  private static final String CUSTOMER = "N100000751";
  private static final String REPRESENTATIVE = "0391750001";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void member(String customer, String loginId, String mail, String lines) {
    support(
        "/members/new?customer="
            + customer
            + "&login="
            + loginId
            + "&password="
            + q(PASSWORD)
            + "&answer="
            + q("ポチ")
            + "&secretAuth=false&mail="
            + q(mail)
            + "&lines="
            + lines);
  }

  private static String as(String path, String loginId) {
    return support(
        path + (path.contains("?") ? "&" : "?") + "as=" + loginId + "&pw=" + q(PASSWORD));
  }

  /** A customer of its own with two contracts billed together under {@link #REPRESENTATIVE}. */
  private static void groupCustomer() {
    String a = "N200000751";
    String b = "N200000752";
    List<String> orders =
        List.of(
            OrderFiles.line(
                "{'orderId':'WBB-c','kind':'customer','customerNumber':'"
                    + CUSTOMER
                    + "','name':'請求閲覧テスト株式会社'}"),
            OrderFiles.line(
                "{'orderId':'WBB-g','kind':'voiceGroup','voiceGroupId':'Y19000751',"
                    + "'customerNumber':'"
                    + CUSTOMER
                    + "','name':'閲覧'}"),
            OrderFiles.line(
                "{'orderId':'WBB-p','kind':'plan','voiceGroupId':'Y19000751','name':'閲覧プラン',"
                    + "'basicCharge':700}"),
            OrderFiles.line(
                "{'orderId':'WBB-s','kind':'site','siteId':'1900751','voiceGroupId':'Y19000751',"
                    + "'plan':'閲覧プラン','name':'閲覧拠点','address':'東京都'}"),
            contract("WBB-ka", a),
            contract("WBB-kb", b),
            number("WBB-na", a, REPRESENTATIVE),
            number("WBB-nb", b, "0391750002"),
            OrderFiles.line(
                "{'orderId':'WBB-bg','kind':'billingGroup','customerNumber':'"
                    + CUSTOMER
                    + "','representativeNumber':'"
                    + REPRESENTATIVE
                    + "','name':'閲覧一括','contracts':['"
                    + a
                    + "','"
                    + b
                    + "']}"));
    assertThat(OrderFiles.importFromFolder("web-billing-bills.jsonl", orders))
        .isEqualTo("COMPLETED DONE");
    // provisioned today: held since before the month billed here
    assertThat(
            support("/members/held-since?numbers=" + REPRESENTATIVE + ",0391750002&day=2026-01-01"))
        .isEqualTo("2");
  }

  private static String contract(String orderId, String contract) {
    return OrderFiles.line(
        "{'orderId':'"
            + orderId
            + "','kind':'contract','contractNumber':'"
            + contract
            + "','customerNumber':'"
            + CUSTOMER
            + "','service':'IP_VOICE','siteId':'1900751','channels':4}");
  }

  private static String number(String orderId, String contract, String number) {
    return OrderFiles.line(
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

  private static String notices(String loginId) {
    return "SELECT COUNT(*) FROM billing_bill_notice n JOIN billing_member m ON m.id = n.member_id"
        + " WHERE m.login_id = '"
        + loginId
        + "' AND n.billing_month = '"
        + MONTH
        + "'";
  }

  @Test
  void membersReadTheirOwnFinalBillsAndAreMailedOnceAcrossARestart() throws Exception {
    groupCustomer();
    member(CUSTOMER, "GroupRead1", "group-read@example.com", REPRESENTATIVE);
    member("N100000001", "SampleRead1", "sample-read@sample-shoji.example", "0350000000");
    member("N100000002", "OtherRead1", "other-read@test-bussan.example", "0525000000");
    assertThat(as("/members/bill-mail?on=true", "GroupRead1")).isEqualTo("OK");
    assertThat(as("/members/bill-mail?on=true", "SampleRead1")).isEqualTo("OK");

    assertThat(OrderFiles.awaitEnd(Long.parseLong(support("/bills/start?month=" + MONTH))))
        .startsWith("COMPLETED");
    assertThat(as("/members/months", "GroupRead1")).as("an open month is not final").isEmpty();

    assertThat(support("/bills/close?month=" + MONTH)).isEqualTo("CLOSED");
    String groupMonths = as("/members/months", "GroupRead1");
    assertThat(groupMonths).startsWith(MONTH + " ").contains(" 2026-08-31 unpaid 1");
    assertThat(as("/members/bills?month=" + MONTH, "GroupRead1"))
        .as("the representative number: the group's whole bill")
        .startsWith(REPRESENTATIVE + " ")
        .contains(REPRESENTATIVE, "0391750002");
    String sample = as("/members/bills?month=" + MONTH, "SampleRead1");
    assertThat(sample)
        .as("the bill 0350000000 is charged on: its contract's")
        .startsWith("N200000001 ");
    assertThat(sample).doesNotContain("0391750002").doesNotContain("0525000000");
    assertThat(sample.lines()).hasSize(1);
    assertThat(as("/members/bills?month=" + MONTH, "OtherRead1"))
        .doesNotContain("0350000000")
        .doesNotContain(REPRESENTATIVE);
    assertThat(as("/members/chart", "GroupRead1"))
        .as("12 months up to last month, July with the group's charges")
        .hasLineCount(12)
        .containsPattern(MONTH + " [1-9]\\d* \\d+ \\d+");

    MimeMessage mail = ItMail.awaitMail(smtp, "group-read@example.com", 1);
    assertThat(mail.getSubject()).isEqualTo("【WebBilling】ご請求額のお知らせ（2026年7月分）");
    String total = groupMonths.split(" ")[1];
    assertThat(ItMail.text(mail))
        .contains(
            "2026年7月分のご請求額が確定しました",
            String.format("%,d円", Long.parseLong(total)),
            "お支払期限：2026年8月31日");
    ItMail.awaitMail(smtp, "sample-read@sample-shoji.example", 1);
    assertThat(ItMail.mailsTo(smtp, "other-read@test-bussan.example"))
        .as("bill mail off")
        .isEmpty();

    String boot = Boots.current();
    management.getControllerClient().execute(Operations.createOperation("reload"));
    Boots.awaitNext(boot);
    assertThat(support("/members/sweep")).isEqualTo("OK");
    assertThat(support("/bills/close?month=" + MONTH)).isEqualTo("UNCHANGED");
    assertThat(count(notices("GroupRead1"))).isOne();
    assertThat(count(notices("OtherRead1"))).isZero();

    // a member who turns the mail on within the sweep's reach still gets the month's notice; it
    // is queued after anything the sweep could have queued again, so once it is here the others
    // are all here too
    assertThat(as("/members/bill-mail?on=true", "OtherRead1")).isEqualTo("OK");
    assertThat(support("/members/sweep")).isEqualTo("OK");
    ItMail.awaitMail(smtp, "other-read@test-bussan.example", 1);
    assertThat(ItMail.mailsTo(smtp, "group-read@example.com")).as("once").hasSize(1);
    assertThat(ItMail.mailsTo(smtp, "sample-read@sample-shoji.example")).as("once").hasSize(1);
  }

  @Test
  void aPaymentFromTheFeedMakesTheBillPaidAndItsCertificate() {
    member("N100000001", "PayCert01", "pay-cert@sample-shoji.example", "0350000001");
    member("N100000001", "PayPeek01", "pay-peek@sample-shoji.example", "0525000000");
    assertThat(OrderFiles.awaitEnd(Long.parseLong(support("/bills/start?month=2026-05"))))
        .startsWith("COMPLETED");
    String document = "/members/document?kind=PAYMENT_CERTIFICATE&from=2026-05&to=2026-05";
    assertThat(as(document, "PayCert01"))
        .as("an open month has no final bill")
        .isEqualTo("INVALID [NO_BILLS]");
    assertThat(support("/bills/close?month=2026-05")).isEqualTo("CLOSED");
    assertThat(as(document, "PayCert01")).as("nothing paid yet").isEqualTo("INVALID [NO_PAYMENTS]");
    assertThat(as("/members/document?kind=USAGE_CERTIFICATE&from=2026-05&to=2025-05", "PayCert01"))
        .isEqualTo("INVALID [PERIOD_REVERSED]");
    assertThat(as("/members/document?kind=USAGE_CERTIFICATE&from=2025-05&to=2026-05", "PayCert01"))
        .as("13 months")
        .isEqualTo("INVALID [PERIOD_TOO_LONG]");

    assertThat(
            OrderFiles.importFromFolder(
                "bill-payments-2026-05.jsonl",
                List.of(
                    OrderFiles.line(
                        "{'orderId':'PAY-1','kind':'billPayment','month':'2026-05',"
                            + "'contractNumber':'N200000001','paidOn':'2026-06-25'}"),
                    OrderFiles.line(
                        "{'orderId':'PAY-2','kind':'billPayment','month':'2026-04',"
                            + "'contractNumber':'N200000001','paidOn':'2026-05-25'}"))))
        .isEqualTo("COMPLETED FAILED");
    assertThat(OrderFiles.result("bill-payments-2026-05.jsonl").get(2))
        .as("a month never billed")
        .contains(",REFUSED,UNKNOWN_BILL,");
    assertThat(as("/members/months", "PayCert01")).contains("2026-05 ").contains(" paid 1");

    String operation = as(document, "PayCert01");
    assertThat(operation).matches("\\d+");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(1))
        .until(() -> !Urls.get(Urls.SUPPORT + "/operations/" + operation).body().equals("RUNNING"));
    assertThat(Urls.get(Urls.SUPPORT + "/operations/" + operation).body()).isEqualTo("COMPLETED");
    String[] file =
        Urls.get(Urls.SUPPORT + "/operations/" + operation + "/files").body().split("\t");
    assertThat(file[1]).startsWith("payment-certificate_2026-05_").endsWith(".pdf");
    assertThat(Long.parseLong(as("/members/file?id=" + file[0], "PayCert01"))).isPositive();
    assertThat(as("/members/file?id=" + file[0], "PayPeek01"))
        .as("another member's document")
        .isEqualTo("NOT_FOUND");
  }
}
