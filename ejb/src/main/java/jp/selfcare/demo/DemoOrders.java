package jp.selfcare.demo;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.numbers.AddOns;

/**
 * The demo organisation as service orders (docs/service-orders.md), loaded by the import job like
 * an operator's file: customers, voice groups, plans, sites, the Business Mobile contract, and each
 * IP Voice contract with its numbers, in the order the demo always had, so that the same data gets
 * the same ids on every machine.
 */
final class DemoOrders {

  private final List<String> lines = new ArrayList<>();
  private final String prefix;

  private DemoOrders(String prefix) {
    this.prefix = prefix;
  }

  /** The standard set: 株式会社サンプル商事 and 株式会社テスト物産. */
  static List<String> standard() {
    DemoOrders orders = new DemoOrders("DEMO");
    orders.customer(DemoCatalog.SAMPLE_CUSTOMER, "株式会社サンプル商事");
    orders.voiceGroup("Y15000001", DemoCatalog.SAMPLE_CUSTOMER, "本社・東日本グループ", "アクセスセット");
    orders.site("1000001", "Y15000001", "アクセスセット", "東京本社", "東京都千代田区大手町1-1-1");
    orders.site("1000002", "Y15000001", "アクセスセット", "横浜営業所", "神奈川県横浜市西区みなとみらい2-2-2");
    orders.site("1000003", "Y15000001", "アクセスセット", "横浜営業所 モバイル", "神奈川県横浜市西区みなとみらい2-2-2");
    orders.voiceGroup("Y15000002", DemoCatalog.SAMPLE_CUSTOMER, "西日本グループ", "VD統合プラン");
    orders.site("2000001", "Y15000002", "VD統合プラン", "大阪支店", "大阪府大阪市北区梅田3-3-3");
    orders.site("2000002", "Y15000002", "VD統合プラン", "福岡営業所", "福岡県福岡市博多区博多駅前4-4-4");
    orders.add(
        orders
            .order("contract", "N200000007")
            .add("contractNumber", "N200000007")
            .add("customerNumber", DemoCatalog.SAMPLE_CUSTOMER)
            .add("service", "BUSINESS_MOBILE")
            .add("mobileContractId", "BM12345678"));
    DemoCatalog.sampleContracts().forEach(orders::contract);
    // Services of their own on the dashboard: a Smart PBX at the head office, a Mobile Office
    // Number Set for the Yokohama office's staff (a site of its own).
    orders.add(
        orders
            .order("contract", "N200000008")
            .add("contractNumber", "N200000008")
            .add("customerNumber", DemoCatalog.SAMPLE_CUSTOMER)
            .add("service", "SMART_PBX")
            .add("siteId", "1000001")
            .add("channels", 20));
    orders.add(
        orders
            .order("contract", "N200000009")
            .add("contractNumber", "N200000009")
            .add("customerNumber", DemoCatalog.SAMPLE_CUSTOMER)
            .add("service", "MOBILE_OFFICE")
            .add("siteId", "1000003")
            .add("channels", 2));
    // its two office numbers, forwarded to the staff's mobiles (無条件転送 only)
    JsonArrayBuilder office = Json.createArrayBuilder();
    for (String number : DemoCatalog.MOBILE_OFFICE_NUMBERS) {
      office.add(
          Json.createObjectBuilder()
              .add("number", number)
              .add("channels", 1)
              .add("sipId", "sip" + number)
              .add("sipPassword", sipPassword(number)));
    }
    orders.add(
        orders
            .order("numbers", "N200000009")
            .add("contractNumber", "N200000009")
            .add("numbers", office));
    orders.customer(DemoCatalog.OTHER_CUSTOMER, "株式会社テスト物産");
    orders.voiceGroup("Y25000001", DemoCatalog.OTHER_CUSTOMER, "名古屋グループ", "アクセスセット");
    orders.site("3000001", "Y25000001", "アクセスセット", "名古屋支店", "愛知県名古屋市中村区名駅5-5-5");
    DemoCatalog.otherContracts().forEach(orders::contract);
    return orders.lines;
  }

  /** The large set: a third voice group of 株式会社サンプル商事 with 98 sites of 1,000 numbers. */
  static List<String> large() {
    DemoOrders orders = new DemoOrders("DEMO-LARGE");
    orders.voiceGroup(
        DemoCatalog.LARGE_VOICE_GROUP, DemoCatalog.SAMPLE_CUSTOMER, "全国拠点グループ", "アクセスセット");
    for (int k = 0; k < DemoCatalog.LARGE_SITES; k++) {
      orders.site(
          DemoCatalog.largeContract(k).siteId(),
          DemoCatalog.LARGE_VOICE_GROUP,
          "アクセスセット",
          "全国拠点" + (k + 1),
          "東京都港区芝" + (k + 1) + "-1-1");
    }
    for (int k = 0; k < DemoCatalog.LARGE_SITES; k++) {
      orders.contract(DemoCatalog.largeContract(k));
    }
    return orders.lines;
  }

  private JsonObjectBuilder order(String kind, String subject) {
    return Json.createObjectBuilder()
        .add("orderId", prefix + "-" + kind + "-" + subject)
        .add("kind", kind);
  }

  private void add(JsonObjectBuilder order) {
    lines.add(order.build().toString());
  }

  private void customer(String number, String name) {
    add(
        order("customer", number)
            .add("customerNumber", number)
            .add("name", name)
            .add("timeZone", "Asia/Tokyo")
            .add("mailLanguage", "ja"));
  }

  private void voiceGroup(String id, String customer, String name, String plan) {
    add(
        order("voiceGroup", id)
            .add("voiceGroupId", id)
            .add("customerNumber", customer)
            .add("name", name));
    // the plan's basic charge a number a month (yen, tax excluded) for the demo's bills
    add(
        order("plan", id)
            .add("voiceGroupId", id)
            .add("name", plan)
            .add("basicCharge", plan.startsWith("VD") ? 1500 : 1000));
  }

  private void site(String id, String voiceGroup, String plan, String name, String address) {
    add(
        order("site", id)
            .add("siteId", id)
            .add("voiceGroupId", voiceGroup)
            .add("plan", plan)
            .add("name", name)
            .add("address", address));
  }

  /** The contract (its access line numbered after it), then all its numbers in one order. */
  private void contract(DemoContract spec) {
    int accessLine = Integer.parseInt(spec.contractNumber().substring(1)) + 500000000;
    String customer =
        spec.contractNumber().startsWith("N3")
            ? DemoCatalog.OTHER_CUSTOMER
            : DemoCatalog.SAMPLE_CUSTOMER;
    JsonObjectBuilder contract =
        order("contract", spec.contractNumber())
            .add("contractNumber", spec.contractNumber())
            .add("customerNumber", customer)
            .add("service", "IP_VOICE")
            .add("siteId", spec.siteId())
            .add("channels", spec.channels())
            .add("accessLine", "N" + accessLine);
    if (spec.contractNumber().equals(DemoLogins.ACTIVATION_CONTRACT)) {
      // the head office's 開通案内, opened with the application password in the README
      contract
          .add("applicationPassword", DemoLogins.APPLICATION_PASSWORD)
          .add("noticeAddress", DemoLogins.ACTIVATION_ADDRESS);
    }
    add(contract);
    JsonArrayBuilder basics = Json.createArrayBuilder();
    JsonArrayBuilder dialIns = null;
    JsonObjectBuilder basic = null;
    for (int i = 0; i < spec.numberCount(); i++) {
      String number = spec.number(i);
      boolean isBasic = DemoContract.isBasic(i);
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("number", number)
              .add("addOns", addOns(spec.addOns().of(i, isBasic)));
      if (isBasic) {
        if (basic != null) {
          basics.add(basic.add("dialIns", dialIns));
        }
        basic =
            entry
                .add("channels", 2 + i % 3 * 2)
                .add("sipId", "sip" + number)
                .add("sipPassword", sipPassword(number));
        dialIns = Json.createArrayBuilder();
      } else {
        dialIns.add(entry);
      }
    }
    basics.add(basic.add("dialIns", dialIns));
    add(
        order("numbers", spec.contractNumber())
            .add("contractNumber", spec.contractNumber())
            .add("numbers", basics));
  }

  private static JsonObject addOns(AddOns addOns) {
    JsonObjectBuilder named = Json.createObjectBuilder();
    if (addOns.messageBox()) {
      named.add("messageBox", true);
    }
    if (addOns.nuisanceBlocking()) {
      named.add("nuisanceBlocking", true);
    }
    if (addOns.anonymousRejection()) {
      named.add("anonymousRejection", true);
    }
    if (addOns.specificPresentation()) {
      named.add("specificPresentation", addOns.presentedNumber());
    }
    if (addOns.bulkForwarding()) {
      named.add("bulkForwarding", true);
    }
    if (addOns.specificDestination()) {
      named.add("specificDestination", addOns.destinationNumber());
    }
    if (addOns.membersNet()) {
      named.add("membersNet", true);
    }
    return named.build();
  }

  /** Deterministic per number, so the demo is the same on every machine. */
  static String sipPassword(String number) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    long seed = Long.parseLong(number) * 6364136223846793005L + 1442695040888963407L;
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      password.append(
          alphabet.charAt((int) Long.remainderUnsigned(seed >>> 17, alphabet.length())));
    }
    return password.toString();
  }
}
