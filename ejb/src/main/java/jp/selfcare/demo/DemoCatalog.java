package jp.selfcare.demo;

import java.util.ArrayList;
import java.util.List;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;

/**
 * The demo organisation, as data. 株式会社サンプル商事 has two voice groups, four sites and six IP Voice
 * contracts (2,050 numbers; the Tokyo head office's 1,200 all hold bulk forwarding) plus a Business
 * Mobile contract; 株式会社テスト物産 exists to prove that customers never see each other. The large set
 * adds a third voice group of 98 sites with 1,000 numbers each.
 */
final class DemoCatalog {

  static final String SAMPLE_CUSTOMER = "N100000001";

  /** The Mobile Office Number Set's office numbers (N200000009, site 1000003 in Yokohama). */
  public static final List<String> MOBILE_OFFICE_NUMBERS = List.of("0459990001", "0459990002");

  static final String OTHER_CUSTOMER = "N100000002";
  static final String LARGE_VOICE_GROUP = "Y15000003";
  static final int LARGE_SITES = 98;
  static final int LARGE_NUMBERS_PER_SITE = 1000;

  private DemoCatalog() {}

  /** The usual spread: message box, nuisance blocking and anonymous rejection by index. */
  static AddOns common(int index) {
    AddOns addOns = AddOns.NONE;
    if (index % 4 == 1) {
      addOns = addOns.with(AddOn.MESSAGE_BOX);
    }
    if (index % 5 == 2) {
      addOns = addOns.with(AddOn.NUISANCE_BLOCKING);
    }
    if (index % 3 == 0) {
      addOns = addOns.with(AddOn.ANONYMOUS_REJECTION);
    }
    return addOns;
  }

  static List<DemoContract> sampleContracts() {
    List<DemoContract> contracts = new ArrayList<>();
    // 東京本社: the bulk forwarding site, 1,200 numbers.
    DemoContract.AddOnRule bulk = (i, basic) -> common(i).with(AddOn.BULK_FORWARDING);
    contracts.add(
        new DemoContract("N200000001", "1000001", 40, 350000000L, 10, 600, bulk, List.of()));
    contracts.add(
        new DemoContract("N200000002", "1000001", 40, 350010000L, 10, 600, bulk, List.of()));
    // 横浜営業所: hunt groups.
    contracts.add(
        new DemoContract(
            "N200000003",
            "1000002",
            10,
            456000000L,
            10,
            200,
            (i, basic) -> common(i),
            List.of(List.of(0, 10, 20, 30), List.of(40, 50, 60))));
    // 大阪支店: specific number presentation on basic numbers; a Members Net contract.
    contracts.add(
        new DemoContract(
            "N200000004",
            "2000001",
            20,
            660000000L,
            10,
            300,
            (i, basic) ->
                basic
                    ? common(i).withSpecificPresentation(String.format("0120%06d", 100000 + i))
                    : common(i),
            List.of()));
    contracts.add(
        new DemoContract(
            "N200000005",
            "2000001",
            10,
            660010000L,
            10,
            200,
            (i, basic) -> common(i).with(AddOn.MEMBERS_NET),
            List.of(List.of(0, 10, 20))));
    // 福岡営業所: forwarding to specific numbers (FDIS 0120 / NDIS 0570).
    contracts.add(
        new DemoContract(
            "N200000006",
            "2000002",
            8,
            924000000L,
            10,
            150,
            (i, basic) ->
                switch (i % 10) {
                  case 5 ->
                      AddOns.NONE.withSpecificDestination(String.format("0120%06d", 200000 + i));
                  case 6 ->
                      AddOns.NONE.withSpecificDestination(String.format("0570%06d", 300000 + i));
                  default -> common(i);
                },
            List.of()));
    return contracts;
  }

  static List<DemoContract> otherContracts() {
    return List.of(
        new DemoContract(
            "N300000001",
            "3000001",
            8,
            525000000L,
            10,
            100,
            (i, basic) -> i < 50 ? common(i).with(AddOn.BULK_FORWARDING) : common(i),
            List.of(List.of(0, 10))));
  }

  /** Site k (0-based) of the large set: site ID 31000kk, numbers 0501xxxxxxx. */
  static DemoContract largeContract(int k) {
    return new DemoContract(
        String.format("N4%08d", k + 1),
        String.format("31%05d", k + 1),
        100,
        5010000000L + (long) k * LARGE_NUMBERS_PER_SITE,
        11,
        LARGE_NUMBERS_PER_SITE,
        (i, basic) -> k % 2 == 0 ? common(i).with(AddOn.BULK_FORWARDING) : common(i),
        List.of());
  }
}
