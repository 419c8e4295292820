package jp.selfcare.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.provisioning.ServiceOrder.AddOnsOrder;
import jp.selfcare.provisioning.ServiceOrder.AdministratorOrder;
import jp.selfcare.provisioning.ServiceOrder.BillPaymentOrder;
import jp.selfcare.provisioning.ServiceOrder.BillingGroupOrder;
import jp.selfcare.provisioning.ServiceOrder.BillingMemberOrder;
import jp.selfcare.provisioning.ServiceOrder.ContractOrder;
import jp.selfcare.provisioning.ServiceOrder.CustomerOrder;
import jp.selfcare.provisioning.ServiceOrder.DialInsOrder;
import jp.selfcare.provisioning.ServiceOrder.EndOfServiceOrder;
import jp.selfcare.provisioning.ServiceOrder.Kind;
import jp.selfcare.provisioning.ServiceOrder.NumbersOrder;
import jp.selfcare.provisioning.ServiceOrder.PlanOrder;
import jp.selfcare.provisioning.ServiceOrder.SiteOrder;
import jp.selfcare.provisioning.ServiceOrder.VoiceGroupOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderFormatTest {

  private static ServiceOrder parse(String json) {
    return OrderFormat.parse(json.replace('\'', '"'));
  }

  private static void refused(String json, Reason reason, String detail) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            OrderRefused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              if (detail != null) {
                assertThat(e.detail()).contains(detail);
              }
            });
  }

  @Test
  void aCustomerOrderWithDefaults() {
    ServiceOrder order =
        parse("{'orderId':'O-1','kind':'customer','customerNumber':'N100000009','name':'株式会社例'}");
    assertThat(order)
        .isEqualTo(
            new CustomerOrder(
                "O-1", "N100000009", "株式会社例", ZoneId.of("Asia/Tokyo"), Locale.JAPANESE));
    assertThat(order.kind()).isEqualTo(Kind.CUSTOMER);
  }

  @Test
  void aCustomerOrderWithZoneAndLanguage() {
    assertThat(
            parse(
                "{'orderId':'O-1','kind':'customer','customerNumber':'N100000009','name':'X',"
                    + "'timeZone':'America/New_York','mailLanguage':'en'}"))
        .isEqualTo(
            new CustomerOrder(
                "O-1", "N100000009", "X", ZoneId.of("America/New_York"), Locale.ENGLISH));
  }

  @Test
  void voiceGroupPlanAndSiteOrders() {
    assertThat(
            parse(
                "{'orderId':'a','kind':'voiceGroup','voiceGroupId':'Y15000009',"
                    + "'customerNumber':'N100000009','name':'東グループ'}"))
        .isEqualTo(new VoiceGroupOrder("a", "Y15000009", "N100000009", "東グループ"));
    assertThat(parse("{'orderId':'b','kind':'plan','voiceGroupId':'Y15000009','name':'アクセスセット'}"))
        .isEqualTo(new PlanOrder("b", "Y15000009", "アクセスセット", null));
    assertThat(
            parse(
                "{'orderId':'b2','kind':'plan','voiceGroupId':'Y15000009','name':'アクセスセット',"
                    + "'basicCharge':1200}"))
        .isEqualTo(new PlanOrder("b2", "Y15000009", "アクセスセット", 1200));
    assertThat(
            parse(
                "{'orderId':'c','kind':'site','siteId':'9000001','voiceGroupId':'Y15000009',"
                    + "'plan':'アクセスセット','name':'本社','address':'東京都千代田区1-1'}"))
        .isEqualTo(new SiteOrder("c", "9000001", "Y15000009", "アクセスセット", "本社", "東京都千代田区1-1"));
  }

  @Test
  void contractOrdersOfASiteAndOfBusinessMobile() {
    assertThat(
            parse(
                "{'orderId':'c','kind':'contract','contractNumber':'N900000001',"
                    + "'customerNumber':'N100000009','service':'IP_VOICE','siteId':'9000001',"
                    + "'channels':8,'accessLine':'N900000099'}"))
        .isEqualTo(
            new ContractOrder(
                "c",
                "N900000001",
                "N100000009",
                ServiceType.IP_VOICE,
                "9000001",
                8,
                "N900000099",
                null,
                null,
                null));
    assertThat(
            parse(
                "{'orderId':'m','kind':'contract','contractNumber':'N900000002',"
                    + "'customerNumber':'N100000009','service':'BUSINESS_MOBILE',"
                    + "'mobileContractId':'BM99999999'}"))
        .isEqualTo(
            new ContractOrder(
                "m",
                "N900000002",
                "N100000009",
                ServiceType.BUSINESS_MOBILE,
                null,
                0,
                null,
                "BM99999999",
                null,
                null));
  }

  @Test
  void aContractOrderMayBringItsActivationNoticePasswordAndAddress() {
    assertThat(
            parse(
                "{'orderId':'a','kind':'contract','contractNumber':'N900000003',"
                    + "'customerNumber':'N100000009','service':'IP_VOICE','siteId':'9000001',"
                    + "'channels':4,'applicationPassword':'Apply-2026',"
                    + "'noticeAddress':'Soumu@Example.jp'}"))
        .isEqualTo(
            new ContractOrder(
                "a",
                "N900000003",
                "N100000009",
                ServiceType.IP_VOICE,
                "9000001",
                4,
                null,
                null,
                "Apply-2026",
                "soumu@example.jp"));
    assertThatThrownBy(
            () ->
                parse(
                    "{'orderId':'b','kind':'contract','contractNumber':'N900000003',"
                        + "'customerNumber':'N100000009','service':'IP_VOICE','siteId':'9000001',"
                        + "'channels':4,'applicationPassword':'Apply-2026'}"))
        .as("the password without its address")
        .isInstanceOf(OrderRefused.class)
        .hasMessageContaining("noticeAddress");
    assertThatThrownBy(
            () ->
                parse(
                    "{'orderId':'b','kind':'contract','contractNumber':'N900000003',"
                        + "'customerNumber':'N100000009','service':'IP_VOICE','siteId':'9000001',"
                        + "'channels':4,'applicationPassword':'short','noticeAddress':'a@b.jp'}"))
        .isInstanceOf(OrderRefused.class)
        .hasMessageContaining("8 to 64");
  }

  @Test
  void aNumbersOrderWithDialInsAndAddOns() {
    NumbersOrder order =
        (NumbersOrder)
            parse(
                "{'orderId':'n','kind':'numbers','contractNumber':'N900000001','numbers':["
                    + "{'number':'0390000000','channels':4,'sipId':'sip1','sipPassword':'pw1',"
                    + "'addOns':{'messageBox':true,'specificPresentation':'0120123456'},"
                    + "'dialIns':[{'number':'0390000001','addOns':{'nuisanceBlocking':true}},"
                    + "{'number':'0390000002'}]}]}");
    ServiceOrder.BasicNumber basic = order.numbers().get(0);
    assertThat(basic.number()).isEqualTo("0390000000");
    assertThat(basic.channels()).isEqualTo(4);
    assertThat(basic.addOns())
        .isEqualTo(AddOns.NONE.with(AddOn.MESSAGE_BOX).withSpecificPresentation("0120123456"));
    assertThat(basic.dialIns())
        .containsExactly(
            new ServiceOrder.DialIn("0390000001", AddOns.NONE.with(AddOn.NUISANCE_BLOCKING)),
            new ServiceOrder.DialIn("0390000002", AddOns.NONE));
  }

  @Test
  void dialInsAddOnsAdministratorAndEndOfServiceOrders() {
    assertThat(
            parse(
                "{'orderId':'d','kind':'dialIns','basicNumber':'0390000000',"
                    + "'dialIns':[{'number':'0390000003'}]}"))
        .isEqualTo(
            new DialInsOrder(
                "d",
                "0390000000",
                java.util.List.of(new ServiceOrder.DialIn("0390000003", AddOns.NONE))));
    AddOnsOrder addOns =
        (AddOnsOrder)
            parse(
                "{'orderId':'a','kind':'addOns','number':'0390000000',"
                    + "'addOns':{'messageBox':false,'specificDestination':'0570123456'}}");
    AddOns current = AddOns.NONE.with(AddOn.MESSAGE_BOX).with(AddOn.ANONYMOUS_REJECTION);
    assertThat(addOns.patch().applyTo(current))
        .isEqualTo(
            AddOns.NONE.with(AddOn.ANONYMOUS_REJECTION).withSpecificDestination("0570123456"));
    assertThat(
            parse(
                "{'orderId':'p','kind':'administrator','customerNumber':'N100000009',"
                    + "'name':'山田 太郎','mail':'Admin@Example.JP','phone':'0312345678'}"))
        .isEqualTo(
            new AdministratorOrder(
                "p", "N100000009", "山田 太郎", "admin@example.jp", "0312345678", null, null));
    assertThat(parse("{'orderId':'e','kind':'endOfService','number':'0390000000'}"))
        .isEqualTo(new EndOfServiceOrder("e", "0390000000", null));
    assertThat(parse("{'orderId':'f','kind':'endOfService','contractNumber':'N900000001'}"))
        .isEqualTo(new EndOfServiceOrder("f", null, "N900000001"));
    assertThat(
            parse(
                "{'orderId':'g','kind':'billingGroup','customerNumber':'N100000009',"
                    + "'representativeNumber':'0390000000','name':'一括',"
                    + "'contracts':['N900000001',' N900000002 ']}"))
        .isEqualTo(
            new BillingGroupOrder(
                "g", "N100000009", "0390000000", "一括", List.of("N900000001", "N900000002")));
    assertThat(
            parse(
                "{'orderId':'m','kind':'billingMember','customerNumber':'N100000009',"
                    + "'loginId':'Keiri2026#','name':'経理担当','mail':'Keiri@Example.JP',"
                    + "'lines':['0390000000']}"))
        .isEqualTo(
            new BillingMemberOrder(
                "m",
                "N100000009",
                "Keiri2026#",
                "経理担当",
                "keiri@example.jp",
                null,
                List.of("0390000000")));
    assertThat(
            parse(
                "{'orderId':'p','kind':'billPayment','month':'2026-11',"
                    + "'representativeNumber':'0390000000','paidOn':'2026-12-25'}"))
        .isEqualTo(
            new BillPaymentOrder(
                "p",
                java.time.YearMonth.of(2026, 11),
                null,
                "0390000000",
                java.time.LocalDate.of(2026, 12, 25)));
  }

  @Test
  void anAddOnSwitchedOffDropsItsContractedNumber() {
    AddOnsOrder order =
        (AddOnsOrder)
            parse(
                "{'orderId':'a','kind':'addOns','number':'0390000000',"
                    + "'addOns':{'specificPresentation':false}}");
    assertThat(order.patch().applyTo(AddOns.NONE.withSpecificPresentation("0120123456")))
        .isEqualTo(AddOns.NONE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all|NOT_JSON|",
        "['an','array']|NOT_JSON|",
        "{'kind':'customer'}|MISSING_FIELD|orderId",
        "{'orderId':'a b','kind':'customer'}|INVALID_FIELD|orderId",
        "{'orderId':'x','kind':'shop'}|UNKNOWN_KIND|shop",
        "{'orderId':'x','kind':'customer','customerNumber':'N1','name':'A'}|INVALID_IDENTIFIER|customerNumber 'N1'",
        "{'orderId':'x','kind':'customer','customerNumber':'N100000009'}|MISSING_FIELD|name",
        "{'orderId':'x','kind':'customer','customerNumber':'N100000009','name':'A','nmae':'B'}|UNKNOWN_FIELD|nmae",
        "{'orderId':'x','kind':'customer','customerNumber':'N100000009','name':''}|INVALID_FIELD|name",
        "{'orderId':'x','kind':'customer','customerNumber':'N100000009','name':'A','timeZone':'Mars/Base'}|INVALID_FIELD|timeZone",
        "{'orderId':'x','kind':'customer','customerNumber':'N100000009','name':'A','mailLanguage':'fr'}|INVALID_FIELD|mailLanguage",
        "{'orderId':'x','kind':'voiceGroup','voiceGroupId':'G1','customerNumber':'N100000009','name':'A'}|INVALID_IDENTIFIER|voiceGroupId",
        "{'orderId':'x','kind':'site','siteId':'12','voiceGroupId':'Y1','plan':'p','name':'n','address':'a'}|INVALID_IDENTIFIER|siteId",
        "{'orderId':'x','kind':'contract','contractNumber':'N900000001','customerNumber':'N100000009','service':'FAX','siteId':'9000001','channels':1}|INVALID_FIELD|service",
        "{'orderId':'x','kind':'contract','contractNumber':'N900000001','customerNumber':'N100000009','service':'IP_VOICE','channels':1}|MISSING_FIELD|siteId",
        "{'orderId':'x','kind':'contract','contractNumber':'N900000001','customerNumber':'N100000009','service':'IP_VOICE','siteId':'9000001','channels':-1}|INVALID_FIELD|channels",
        "{'orderId':'x','kind':'contract','contractNumber':'N900000001','customerNumber':'N100000009','service':'IP_VOICE','siteId':'9000001','channels':'8'}|INVALID_FIELD|channels",
        "{'orderId':'x','kind':'contract','contractNumber':'N900000001','customerNumber':'N100000009','service':'BUSINESS_MOBILE','siteId':'9000001','mobileContractId':'BM99999999'}|INVALID_FIELD|siteId",
        "{'orderId':'x','kind':'contract','contractNumber':'N900000001','customerNumber':'N100000009','service':'IP_VOICE','siteId':'9000001','channels':1,'mobileContractId':'BM99999999'}|INVALID_FIELD|mobileContractId",
        "{'orderId':'x','kind':'contract','contractNumber':'N900000001','customerNumber':'N100000009','service':'BUSINESS_MOBILE','mobileContractId':'B9'}|INVALID_IDENTIFIER|mobileContractId",
        "{'orderId':'x','kind':'numbers','contractNumber':'N900000001','numbers':[]}|INVALID_FIELD|numbers",
        "{'orderId':'x','kind':'numbers','contractNumber':'N900000001','numbers':[{'number':'12345','channels':1,'sipId':'s','sipPassword':'p'}]}|INVALID_IDENTIFIER|numbers[0].number",
        "{'orderId':'x','kind':'numbers','contractNumber':'N900000001','numbers':[{'number':'0390000000','sipId':'s','sipPassword':'p'}]}|MISSING_FIELD|numbers[0].channels",
        "{'orderId':'x','kind':'numbers','contractNumber':'N900000001','numbers':[{'number':'0390000000','channels':1,'sipId':'s','sipPassword':'p','colour':'red'}]}|UNKNOWN_FIELD|numbers[0].colour",
        "{'orderId':'x','kind':'numbers','contractNumber':'N900000001','numbers':[{'number':'0390000000','channels':1,'sipId':'s','sipPassword':'p','addOns':{'voicemail':true}}]}|UNKNOWN_FIELD|addOns.voicemail",
        "{'orderId':'x','kind':'addOns','number':'0390000000','addOns':{'messageBox':'yes'}}|INVALID_FIELD|addOns.messageBox",
        "{'orderId':'x','kind':'addOns','number':'0390000000','addOns':{'specificPresentation':true}}|INVALID_FIELD|addOns.specificPresentation",
        "{'orderId':'x','kind':'addOns','number':'0390000000','addOns':{'specificDestination':'0312345678'}}|INVALID_FIELD|addOns",
        "{'orderId':'x','kind':'administrator','customerNumber':'N100000009','name':'A','mail':'not-a-mail','phone':'0312345678'}|INVALID_FIELD|mail",
        "{'orderId':'x','kind':'administrator','customerNumber':'N100000009','name':'A','mail':'a@b.jp','phone':'03-1234'}|INVALID_FIELD|phone",
        "{'orderId':'x','kind':'endOfService'}|MISSING_FIELD|number or contractNumber",
        "{'orderId':'x','kind':'endOfService','number':'0390000000','contractNumber':'N900000001'}|MISSING_FIELD|one of them",
        "{'orderId':'x','kind':'billingGroup','customerNumber':'N100000009','representativeNumber':'0390000000','name':'A','contracts':[]}|INVALID_FIELD|contracts: a list of 1 to 1000",
        "{'orderId':'x','kind':'billingGroup','customerNumber':'N100000009','representativeNumber':'0390000000','name':'A','contracts':['N900000001','N900000001']}|INVALID_FIELD|contracts[1]: each once",
        "{'orderId':'x','kind':'billingGroup','customerNumber':'N100000009','representativeNumber':'0390000000','name':'A','contracts':['N9']}|INVALID_IDENTIFIER|contracts[0] 'N9'",
        "{'orderId':'x','kind':'billingGroup','customerNumber':'N100000009','representativeNumber':'03-9000','name':'A','contracts':['N900000001']}|INVALID_IDENTIFIER|representativeNumber",
        "{'orderId':'x','kind':'billingGroup','customerNumber':'N100000009','representativeNumber':'0390000000','contracts':['N900000001']}|MISSING_FIELD|name",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'keiri2026','name':'A','mail':'a@b.jp','lines':['0390000000']}|INVALID_FIELD|loginId: upper-case and lower-case letters and digits",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'Keiri26','name':'A','mail':'a@b.jp','lines':['0390000000']}|INVALID_FIELD|loginId: 8 to 31 characters",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'Keiri 2026','name':'A','mail':'a@b.jp','lines':['0390000000']}|INVALID_FIELD|loginId: letters, digits",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'Keiri2026','name':'A','mail':'a-b.jp','lines':['0390000000']}|INVALID_FIELD|mail",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'Keiri2026','name':'A','mail':'a@b.jp','phone':'03-1234','lines':['0390000000']}|INVALID_FIELD|phone",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'Keiri2026','name':'A','mail':'a@b.jp','lines':[]}|INVALID_FIELD|lines: a list of 1 to 200",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'Keiri2026','name':'A','mail':'a@b.jp','lines':['0390000000','0390000000']}|INVALID_FIELD|lines[1]: each once",
        "{'orderId':'x','kind':'billingMember','customerNumber':'N100000009','loginId':'Keiri2026','name':'A','mail':'a@b.jp','lines':['0390000000'],'password':'Pass-1234'}|UNKNOWN_FIELD|password",
        "{'orderId':'x','kind':'billPayment','month':'2026-11','paidOn':'2026-12-25'}|MISSING_FIELD|contractNumber or representativeNumber",
        "{'orderId':'x','kind':'billPayment','month':'2026/11','contractNumber':'N900000001','paidOn':'2026-12-25'}|INVALID_FIELD|month: a month such as 2026-11",
        "{'orderId':'x','kind':'billPayment','month':'2026-11','contractNumber':'N900000001','paidOn':'12/25'}|INVALID_FIELD|paidOn: a day such as 2026-12-25",
        "{'orderId':'x','kind':'billPayment','month':'2026-11','contractNumber':'N900000001'}|MISSING_FIELD|paidOn",
      })
  void aBadLineIsRefusedNamingWhatIsWrong(String json, Reason reason, String detail) {
    refused(json, reason, detail);
  }

  @Test
  void theDocumentedExampleFileIsValid() throws Exception {
    java.util.List<String> lines =
        new java.util.ArrayList<>(
            java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("../docs/examples/service-orders.jsonl")));
    // payments are for final bills: their example is dropped after a month is closed
    lines.addAll(
        java.nio.file.Files.readAllLines(
            java.nio.file.Path.of("../docs/examples/bill-payments.jsonl")));
    java.util.Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
    for (String line : lines) {
      kinds.add(OrderFormat.parse(line).kind());
    }
    assertThat(kinds)
        .as("every kind of order has its example")
        .containsExactlyInAnyOrder(Kind.values());
  }

  @Test
  void everyReasonHasItsMessageInBothLanguages() {
    for (Reason reason : Reason.values()) {
      String ja = reason.message(Locale.JAPANESE, "X");
      String en = reason.message(Locale.ENGLISH, "X");
      assertThat(ja).as(reason.name()).isNotBlank().isNotEqualTo(en);
      assertThat(en).as(reason.name()).isNotBlank().matches("[ -~]+");
    }
    assertThat(Reason.NUMBER_IN_USE.message(Locale.JAPANESE, "0390000000"))
        .isEqualTo("電話番号はすでに使用されています: 0390000000");
  }
}
