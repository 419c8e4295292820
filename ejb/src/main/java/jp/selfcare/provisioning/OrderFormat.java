package jp.selfcare.provisioning;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.Violation;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.TelephoneNumber;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.CustomerNumber;
import jp.selfcare.organisation.MobileContractId;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.SiteId;
import jp.selfcare.organisation.VoiceGroupId;
import jp.selfcare.provisioning.ServiceOrder.AddOnsOrder;
import jp.selfcare.provisioning.ServiceOrder.AdministratorOrder;
import jp.selfcare.provisioning.ServiceOrder.BasicNumber;
import jp.selfcare.provisioning.ServiceOrder.BillPaymentOrder;
import jp.selfcare.provisioning.ServiceOrder.BillingGroupOrder;
import jp.selfcare.provisioning.ServiceOrder.BillingMemberOrder;
import jp.selfcare.provisioning.ServiceOrder.ContractOrder;
import jp.selfcare.provisioning.ServiceOrder.CustomerOrder;
import jp.selfcare.provisioning.ServiceOrder.DialIn;
import jp.selfcare.provisioning.ServiceOrder.DialInsOrder;
import jp.selfcare.provisioning.ServiceOrder.EndOfServiceOrder;
import jp.selfcare.provisioning.ServiceOrder.Kind;
import jp.selfcare.provisioning.ServiceOrder.NumbersOrder;
import jp.selfcare.provisioning.ServiceOrder.PlanOrder;
import jp.selfcare.provisioning.ServiceOrder.SiteOrder;
import jp.selfcare.provisioning.ServiceOrder.VoiceGroupOrder;

/**
 * Reads one line of an order file (docs/service-orders.md) into its {@link ServiceOrder}, or
 * refuses it naming the field: not JSON, a missing, unknown or ill-typed field, an identifier of
 * the wrong shape. Field names are exact (a misspelt one is refused rather than ignored, so that an
 * order never half-applies what it meant).
 */
public final class OrderFormat {

  /** Longest order id. */
  public static final int ORDER_ID_MAX = 40;

  /** Most basic numbers one order adds, and most dial-in numbers under one basic number. */
  public static final int NUMBERS_MAX = 10_000;

  /** Most target lines of one Web Billing member. */
  public static final int MEMBER_LINES_MAX = 200;

  /** Most contracts one billing group bills together. */
  public static final int BILLING_GROUP_MAX = 1_000;

  private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,39}");
  private static final Pattern PHONE = Pattern.compile("\\d{10,11}");
  private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private OrderFormat() {}

  /**
   * The order of one line.
   *
   * @throws OrderRefused naming what is wrong with the line
   */
  public static ServiceOrder parse(String line) {
    OrderFields order = new OrderFields(object(line), "");
    String orderId = order.text("orderId", ORDER_ID_MAX);
    if (!ORDER_ID.matcher(orderId).matches()) {
      throw new OrderRefused(
          Reason.INVALID_FIELD, "orderId: letters, digits and . _ : - (at most 40)");
    }
    String kindName = order.text("kind", 20);
    Kind kind = Kind.of(kindName);
    if (kind == null) {
      throw new OrderRefused(Reason.UNKNOWN_KIND, kindName);
    }
    ServiceOrder parsed =
        switch (kind) {
          case CUSTOMER ->
              new CustomerOrder(
                  orderId,
                  order.id("customerNumber", CustomerNumber::new),
                  order.text("name", 100),
                  order.zone("timeZone"),
                  order.language("mailLanguage", Locale.JAPANESE));
          case VOICE_GROUP ->
              new VoiceGroupOrder(
                  orderId,
                  order.id("voiceGroupId", VoiceGroupId::new),
                  order.id("customerNumber", CustomerNumber::new),
                  order.text("name", 100));
          case PLAN ->
              new PlanOrder(
                  orderId,
                  order.id("voiceGroupId", VoiceGroupId::new),
                  order.text("name", 100),
                  order.has("basicCharge") ? order.count("basicCharge", 0, 1_000_000) : null);
          case SITE ->
              new SiteOrder(
                  orderId,
                  order.id("siteId", SiteId::new),
                  order.id("voiceGroupId", VoiceGroupId::new),
                  order.text("plan", 100),
                  order.text("name", 100),
                  order.text("address", 200));
          case CONTRACT -> contract(orderId, order);
          case NUMBERS ->
              new NumbersOrder(
                  orderId,
                  order.id("contractNumber", ContractNumber::new),
                  order.list("numbers", OrderFormat::basicNumber));
          case DIAL_INS ->
              new DialInsOrder(
                  orderId,
                  order.id("basicNumber", TelephoneNumber::new),
                  order.list("dialIns", OrderFormat::dialIn));
          case ADD_ONS ->
              new AddOnsOrder(
                  orderId, order.id("number", TelephoneNumber::new), order.addOns("addOns"));
          case ADMINISTRATOR -> administrator(orderId, order);
          case END_OF_SERVICE -> endOfService(orderId, order);
          case BILLING_GROUP ->
              new BillingGroupOrder(
                  orderId,
                  order.id("customerNumber", CustomerNumber::new),
                  order.id("representativeNumber", TelephoneNumber::new),
                  order.text("name", 100),
                  order.ids("contracts", BILLING_GROUP_MAX, ContractNumber::new));
          case BILLING_MEMBER -> billingMember(orderId, order);
          case BILL_PAYMENT -> billPayment(orderId, order);
        };
    order.noOthers();
    return parsed;
  }

  /**
   * The order id and kind a line gives, as far as it gives them (null where it does not), for the
   * record of a refused line.
   */
  static String[] identity(String line) {
    try {
      JsonObject order = object(line);
      return new String[] {text(order, "orderId", ORDER_ID_MAX), text(order, "kind", 20)};
    } catch (OrderRefused e) {
      return new String[2];
    }
  }

  private static String text(JsonObject object, String name, int max) {
    if (object.get(name) instanceof JsonString s) {
      String text = s.getString().strip();
      return text.length() > max ? text.substring(0, max) : text;
    }
    return null;
  }

  private static ContractOrder contract(String orderId, OrderFields order) {
    String number = order.id("contractNumber", ContractNumber::new);
    String customer = order.id("customerNumber", CustomerNumber::new);
    ServiceType service = order.service("service");
    boolean mobile = service == ServiceType.BUSINESS_MOBILE;
    String site = mobile ? order.absent("siteId", "a Business Mobile contract has no site") : null;
    String mobileId =
        mobile
            ? order.id("mobileContractId", MobileContractId::new)
            : order.absent("mobileContractId", "only a Business Mobile contract has one");
    // 開通案内: the application password and the address its one-time codes go to, both or neither
    String password = null;
    String noticeAddress = null;
    if (order.has("applicationPassword") || order.has("noticeAddress")) {
      password = order.text("applicationPassword", 64);
      if (password.length() < 8) {
        throw new OrderRefused(Reason.INVALID_FIELD, "applicationPassword: 8 to 64 characters");
      }
      noticeAddress = order.text("noticeAddress", 254).toLowerCase(Locale.ROOT);
      if (!MAIL.matcher(noticeAddress).matches()) {
        throw new OrderRefused(Reason.INVALID_FIELD, "noticeAddress: a mail address");
      }
    }
    return new ContractOrder(
        orderId,
        number,
        customer,
        service,
        mobile ? site : order.id("siteId", SiteId::new),
        mobile ? 0 : order.count("channels", 0, 9999),
        mobile ? null : order.optionalId("accessLine", ContractNumber::new),
        mobileId,
        password,
        noticeAddress);
  }

  private static BillingMemberOrder billingMember(String orderId, OrderFields order) {
    String customer = order.id("customerNumber", CustomerNumber::new);
    String loginId = order.text("loginId", 40);
    // the shape only: the member's history does not exist before it is created
    Set<Violation> broken = CredentialRules.billingLoginId(loginId, null, id -> false);
    if (!broken.isEmpty()) {
      // each rule broken, named
      List<String> rules = new ArrayList<>();
      if (broken.contains(Violation.LOGIN_ID_LENGTH)) {
        rules.add("8 to 31 characters");
      }
      if (broken.contains(Violation.LOGIN_ID_CHARACTERS)) {
        rules.add("letters, digits and # $ % ( ) * + - . / : ; ? @ [ ] _ { } ~ only");
      }
      if (broken.contains(Violation.LOGIN_ID_NEEDS_MIX)) {
        rules.add("upper-case and lower-case letters and digits, each at least once");
      }
      throw new OrderRefused(Reason.INVALID_FIELD, "loginId: " + String.join("; ", rules));
    }
    String name = order.text("name", 100);
    String mail = order.text("mail", 254).toLowerCase(Locale.ROOT);
    if (!MAIL.matcher(mail).matches()) {
      throw new OrderRefused(Reason.INVALID_FIELD, "mail: a mail address");
    }
    String phone = null;
    if (order.has("phone")) {
      phone = order.text("phone", 11);
      if (!PHONE.matcher(phone).matches()) {
        throw new OrderRefused(Reason.INVALID_FIELD, "phone: 10 or 11 digits");
      }
    } else {
      order.absent("phone", "");
    }
    return new BillingMemberOrder(
        orderId,
        customer,
        loginId,
        name,
        mail,
        phone,
        order.ids("lines", MEMBER_LINES_MAX, TelephoneNumber::new));
  }

  private static AdministratorOrder administrator(String orderId, OrderFields order) {
    String customer = order.id("customerNumber", CustomerNumber::new);
    String name = order.text("name", 100);
    String mail = order.text("mail", 254).toLowerCase(Locale.ROOT);
    if (!MAIL.matcher(mail).matches()) {
      throw new OrderRefused(Reason.INVALID_FIELD, "mail: a mail address");
    }
    String phone = order.text("phone", 11);
    if (!PHONE.matcher(phone).matches()) {
      throw new OrderRefused(Reason.INVALID_FIELD, "phone: 10 or 11 digits");
    }
    return new AdministratorOrder(
        orderId,
        customer,
        name,
        mail,
        phone,
        order.language("language", null),
        order.has("timeZone") ? order.zone("timeZone") : null);
  }

  private static BillPaymentOrder billPayment(String orderId, OrderFields order) {
    boolean contract = order.has("contractNumber");
    if (contract == order.has("representativeNumber")) {
      throw new OrderRefused(
          Reason.MISSING_FIELD, "contractNumber or representativeNumber (one of them)");
    }
    return new BillPaymentOrder(
        orderId,
        order.month("month"),
        contract ? order.id("contractNumber", ContractNumber::new) : null,
        contract ? null : order.id("representativeNumber", TelephoneNumber::new),
        order.day("paidOn"));
  }

  private static EndOfServiceOrder endOfService(String orderId, OrderFields order) {
    boolean number = order.has("number");
    if (number == order.has("contractNumber")) {
      throw new OrderRefused(Reason.MISSING_FIELD, "number or contractNumber (one of them)");
    }
    return number
        ? new EndOfServiceOrder(orderId, order.id("number", TelephoneNumber::new), null)
        : new EndOfServiceOrder(orderId, null, order.id("contractNumber", ContractNumber::new));
  }

  private static BasicNumber basicNumber(OrderFields number) {
    BasicNumber basic =
        new BasicNumber(
            number.id("number", TelephoneNumber::new),
            number.count("channels", 1, 9999),
            number.text("sipId", 64),
            number.text("sipPassword", 64),
            number.has("addOns") ? number.addOns("addOns").applyTo(AddOns.NONE) : AddOns.NONE,
            number.has("dialIns") ? number.list("dialIns", OrderFormat::dialIn) : List.of());
    number.noOthers();
    return basic;
  }

  private static DialIn dialIn(OrderFields dialIn) {
    DialIn parsed =
        new DialIn(
            dialIn.id("number", TelephoneNumber::new),
            dialIn.has("addOns") ? dialIn.addOns("addOns").applyTo(AddOns.NONE) : AddOns.NONE);
    dialIn.noOthers();
    return parsed;
  }

  private static JsonObject object(String line) {
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new OrderRefused(Reason.NOT_JSON, null);
    }
  }
}
