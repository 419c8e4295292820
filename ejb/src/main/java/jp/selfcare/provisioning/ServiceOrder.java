package jp.selfcare.provisioning;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.selfcare.addon.AddOnPatch;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.organisation.ServiceType;

/**
 * One order of the feed, as read from its line: every field already in its type (identifiers
 * checked), so that applying it only has to look at the database.
 */
public sealed interface ServiceOrder {

  /** The order's unique id; an order already applied under it is skipped. */
  String orderId();

  /** The order's kind. */
  default Kind kind() {
    for (Kind kind : Kind.values()) {
      if (kind.type == getClass()) {
        return kind;
      }
    }
    throw new IllegalStateException("no kind for " + getClass());
  }

  /** The kinds of order, by the name a line gives them. */
  enum Kind {
    CUSTOMER("customer", CustomerOrder.class),
    VOICE_GROUP("voiceGroup", VoiceGroupOrder.class),
    PLAN("plan", PlanOrder.class),
    SITE("site", SiteOrder.class),
    CONTRACT("contract", ContractOrder.class),
    NUMBERS("numbers", NumbersOrder.class),
    DIAL_INS("dialIns", DialInsOrder.class),
    ADD_ONS("addOns", AddOnsOrder.class),
    ADMINISTRATOR("administrator", AdministratorOrder.class),
    END_OF_SERVICE("endOfService", EndOfServiceOrder.class),
    BILLING_GROUP("billingGroup", BillingGroupOrder.class),
    BILLING_MEMBER("billingMember", BillingMemberOrder.class),
    BILL_PAYMENT("billPayment", BillPaymentOrder.class);

    private final String wire;
    private final Class<? extends ServiceOrder> type;

    Kind(String wire, Class<? extends ServiceOrder> type) {
      this.wire = wire;
      this.type = type;
    }

    /** The name in the feed. */
    public String wire() {
      return wire;
    }

    static Kind of(String wire) {
      for (Kind kind : values()) {
        if (kind.wire.equals(wire)) {
          return kind;
        }
      }
      return null;
    }
  }

  /** Creates the customer, or changes its name, time zone and mail language. */
  record CustomerOrder(
      String orderId, String customerNumber, String name, ZoneId timeZone, Locale mailLanguage)
      implements ServiceOrder {}

  /** Creates a voice group of a customer, or renames it. */
  record VoiceGroupOrder(String orderId, String voiceGroupId, String customerNumber, String name)
      implements ServiceOrder {}

  /** Creates a service plan of a voice group (named uniquely within it). */
  /**
   * @param basicCharge yen a month for each number of a site on the plan (tax excluded); null when
   *     the order does not give it
   */
  record PlanOrder(String orderId, String voiceGroupId, String name, Integer basicCharge)
      implements ServiceOrder {}

  /** Creates a site under a plan of its voice group, or changes its plan, name and address. */
  record SiteOrder(
      String orderId, String siteId, String voiceGroupId, String plan, String name, String address)
      implements ServiceOrder {}

  /**
   * Creates a contract, or changes its site, channels and access line. A Business Mobile contract
   * has no site but a Business Mobile contract ID; the others have a site.
   */
  record ContractOrder(
      String orderId,
      String contractNumber,
      String customerNumber,
      ServiceType service,
      String siteId,
      int channels,
      String accessLine,
      String mobileContractId,
      String applicationPassword,
      String noticeAddress)
      implements ServiceOrder {}

  /** A dial-in number with its add-ons. */
  record DialIn(String number, AddOns addOns) {}

  /** A basic number with its channels, SIP credentials, add-ons and dial-in numbers. */
  record BasicNumber(
      String number,
      int channels,
      String sipId,
      String sipPassword,
      AddOns addOns,
      List<DialIn> dialIns) {
    public BasicNumber {
      dialIns = List.copyOf(dialIns);
    }
  }

  /** Adds basic numbers (each with its dial-in numbers) to an IP Voice or Smart PBX contract. */
  record NumbersOrder(String orderId, String contractNumber, List<BasicNumber> numbers)
      implements ServiceOrder {
    public NumbersOrder {
      numbers = List.copyOf(numbers);
    }
  }

  /** Adds dial-in numbers under an existing basic number. */
  record DialInsOrder(String orderId, String basicNumber, List<DialIn> dialIns)
      implements ServiceOrder {
    public DialInsOrder {
      dialIns = List.copyOf(dialIns);
    }
  }

  /**
   * Adds or removes add-ons of one number; the add-ons the order does not name stay as they are.
   */
  record AddOnsOrder(String orderId, String number, AddOnPatch patch) implements ServiceOrder {}

  /** The customer's first portal administrator, who gets the registration mail. */
  record AdministratorOrder(
      String orderId,
      String customerNumber,
      String name,
      String mail,
      String phone,
      Locale language,
      ZoneId timeZone)
      implements ServiceOrder {}

  /** End of service of one number (with its dial-ins) or of a whole contract; one is null. */
  record EndOfServiceOrder(String orderId, String number, String contractNumber)
      implements ServiceOrder {}

  /**
   * A billing group (一括請求) of the customer, known by its representative number: its name and
   * exactly the contracts billed on its one bill.
   */
  /**
   * A bill paid (支払済), as the collection system reports it: the month's bill of a contract billed
   * on its own or of a billing group (by its representative number), and the day it was paid.
   */
  record BillPaymentOrder(
      String orderId,
      java.time.YearMonth month,
      String contractNumber,
      String representativeNumber,
      java.time.LocalDate paidOn)
      implements ServiceOrder {}

  record BillingGroupOrder(
      String orderId,
      String customerNumber,
      String representativeNumber,
      String name,
      List<String> contracts)
      implements ServiceOrder {
    public BillingGroupOrder {
      contracts = List.copyOf(contracts);
    }
  }

  /**
   * A Web Billing member of the customer, known by its login ID: its name and contact, and target
   * lines added (the member keeps them from then on).
   */
  record BillingMemberOrder(
      String orderId,
      String customerNumber,
      String loginId,
      String name,
      String mail,
      String phone,
      List<String> lines)
      implements ServiceOrder {
    public BillingMemberOrder {
      lines = List.copyOf(lines);
    }
  }
}
