package jp.selfcare.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.selfcare.addon.AddOnChanges;
import jp.selfcare.addon.AddOnsRefused;
import jp.selfcare.addon.GroupTies;
import jp.selfcare.events.NumbersChanged;
import jp.selfcare.identity.portal.InvalidRegistrationException;
import jp.selfcare.identity.portal.NewPortalUser;
import jp.selfcare.identity.portal.PortalRegistration;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.RegistrationProblem;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.TelephoneNumber;
import jp.selfcare.organisation.Customer;
import jp.selfcare.provisioning.LineOutcome.Outcome;
import jp.selfcare.provisioning.ServiceOrder.AddOnsOrder;
import jp.selfcare.provisioning.ServiceOrder.AdministratorOrder;
import jp.selfcare.provisioning.ServiceOrder.BillPaymentOrder;
import jp.selfcare.provisioning.ServiceOrder.BillingGroupOrder;
import jp.selfcare.provisioning.ServiceOrder.BillingMemberOrder;
import jp.selfcare.provisioning.ServiceOrder.ContractOrder;
import jp.selfcare.provisioning.ServiceOrder.CustomerOrder;
import jp.selfcare.provisioning.ServiceOrder.DialInsOrder;
import jp.selfcare.provisioning.ServiceOrder.EndOfServiceOrder;
import jp.selfcare.provisioning.ServiceOrder.NumbersOrder;
import jp.selfcare.provisioning.ServiceOrder.PlanOrder;
import jp.selfcare.provisioning.ServiceOrder.SiteOrder;
import jp.selfcare.provisioning.ServiceOrder.VoiceGroupOrder;

/**
 * Applies the lines of an order file, each in its own transaction (the import job's writer calls it
 * line by line): the order is read, skipped when its id was applied before (by any import),
 * applied, and recorded as applied together with what it changed — so a line is applied exactly
 * once however often its file is imported or its import restarted. A refused order rolls back
 * whole; {@link #refuse} then records the refusal in a transaction of its own. The routing cache
 * reloads the numbers an order touched just after its commit, in the background (as after a bulk
 * upload's chunk): the next order does not wait for it.
 *
 * <p>Only the running import job calls these methods: each call names its job execution, which must
 * be the running execution of that import ({@link OrderImports#requireRunning}).
 */
@Stateless
@PermitAll
public class ServiceOrders {

  /** The feature name of the change events. */
  static final String FEATURE = "provisioning";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private OrganisationOrders organisation;

  @Inject private BillingMemberOrders members;

  @Inject private BillPayments payments;

  @Inject private NumberOrders numbers;

  @Inject private EndOfService endOfService;

  @EJB private AddOnChanges addOns;

  @EJB private PortalRegistration registration;

  @EJB private OrderImports imports;

  @Inject private OrderLog log;

  @Inject private Event<NumbersChanged> changes;

  /**
   * Applies one line, or finds what became of it when the import did it before a restart.
   *
   * @throws OrderRefused when the order is refused (nothing of it stored; record it with {@link
   *     #refuse})
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LineOutcome apply(long importId, long executionId, int line, String text) {
    imports.requireRunning(importId, executionId);
    Optional<LineOutcome> done = log.line(importId, line);
    if (done.isPresent()) {
      return done.get();
    }
    ServiceOrder order = OrderFormat.parse(text);
    Optional<String> appliedBy = appliedBy(order.orderId());
    if (appliedBy.isPresent()) {
      return log.record(
          importId,
          new LineOutcome(
              line, order.orderId(), order.kind().wire(), Outcome.SKIPPED, null, appliedBy.get()));
    }
    List<Long> touched = applyOrder(order);
    em.flush();
    em.createNativeQuery(
            "INSERT INTO applied_order (order_id, import_id, line_no, applied_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, order.orderId())
        .setParameter(2, importId)
        .setParameter(3, line)
        .setParameter(4, clock.instant())
        .executeUpdate();
    if (!touched.isEmpty()) {
      changes.fire(new NumbersChanged(touched, FEATURE, NumbersChanged.Part.ALL, true));
    }
    return log.record(
        importId,
        new LineOutcome(line, order.orderId(), order.kind().wire(), Outcome.APPLIED, null, null));
  }

  /** Records a refused line (the order id and kind as far as the line gives them). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LineOutcome refuse(
      long importId, long executionId, int line, String text, Reason reason, String detail) {
    imports.requireRunning(importId, executionId);
    Optional<LineOutcome> done = log.line(importId, line);
    if (done.isPresent()) {
      return done.get();
    }
    String[] identity = OrderFormat.identity(text);
    return log.record(
        importId, new LineOutcome(line, identity[0], identity[1], Outcome.REFUSED, reason, detail));
  }

  private Optional<String> appliedBy(String orderId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.import_id, a.line_no, i.file_name FROM applied_order a"
                    + " JOIN order_import i ON i.id = a.import_id WHERE a.order_id = ?1")
            .setParameter(1, orderId)
            .getResultList();
    return rows.stream().findFirst().map(r -> "import " + r[0] + " (" + r[2] + "), line " + r[1]);
  }

  /**
   * @return the numbers whose routing changed
   */
  private List<Long> applyOrder(ServiceOrder order) {
    // the kind names the record type (ServiceOrder.Kind), so each cast below is to its own record
    return switch (order.kind()) {
      case CUSTOMER -> {
        CustomerOrder o = (CustomerOrder) order;
        yield organisation.customer(o) ? numbersOf(o.customerNumber()) : List.of();
      }
      case VOICE_GROUP -> none(() -> organisation.voiceGroup((VoiceGroupOrder) order));
      case PLAN -> none(() -> organisation.plan((PlanOrder) order));
      case SITE -> none(() -> organisation.site((SiteOrder) order));
      case CONTRACT -> none(() -> organisation.contract((ContractOrder) order));
      case NUMBERS -> numbers.numbers((NumbersOrder) order);
      case DIAL_INS -> numbers.dialIns((DialInsOrder) order);
      case ADD_ONS -> addOns((AddOnsOrder) order);
      case ADMINISTRATOR -> none(() -> administrator((AdministratorOrder) order));
      case END_OF_SERVICE -> endOfService.end((EndOfServiceOrder) order);
      case BILLING_GROUP -> none(() -> organisation.billingGroup((BillingGroupOrder) order));
      case BILLING_MEMBER -> none(() -> members.member((BillingMemberOrder) order));
      case BILL_PAYMENT -> none(() -> payments.paid((BillPaymentOrder) order));
    };
  }

  private static List<Long> none(Runnable apply) {
    apply.run();
    return List.of();
  }

  private List<Long> numbersOf(String customerNumber) {
    Customer customer = organisation.requireCustomer(customerNumber);
    em.flush();
    return em.createQuery(
            "select n.id from IpNumber n where n.contract.customer.id = :c", Long.class)
        .setParameter("c", customer.id())
        .getResultList();
  }

  private List<Long> addOns(AddOnsOrder order) {
    List<IpNumber> found =
        em.createQuery("select n from IpNumber n where n.number = :n", IpNumber.class)
            .setParameter("n", new TelephoneNumber(order.number()))
            .getResultList();
    if (found.isEmpty()) {
      throw new OrderRefused(Reason.UNKNOWN_NUMBER, order.number());
    }
    IpNumber number = found.get(0);
    try {
      addOns.change(number.id(), order.patch().applyTo(number.addOns()));
    } catch (AddOnsRefused e) {
      GroupTies.Problem first = e.problems().get(0);
      throw new OrderRefused(reason(first.tie()), first.concerns());
    }
    // the add-on change publishes its own event; the routing cache reloads the number from it
    return List.of();
  }

  private void administrator(AdministratorOrder order) {
    Customer customer = organisation.requireCustomer(order.customerNumber());
    NewPortalUser form =
        new NewPortalUser(
            order.name(),
            order.mail(),
            order.phone(),
            SecondStep.MAIL_OTP,
            PortalRole.ADMINISTRATOR,
            order.language() != null ? order.language() : customer.mailLanguage(),
            order.timeZone() != null ? order.timeZone() : customer.timeZone(),
            null,
            null,
            null,
            false);
    try {
      registration.addFirstAdministrator(customer.id(), form, "service order " + order.orderId());
    } catch (InvalidRegistrationException e) {
      if (e.problems().contains(RegistrationProblem.ADMINISTRATOR_EXISTS)) {
        throw new OrderRefused(Reason.ADMINISTRATOR_EXISTS, order.customerNumber());
      }
      if (e.problems().contains(RegistrationProblem.MAIL_ADDRESS_TAKEN)) {
        throw new OrderRefused(Reason.MAIL_ADDRESS_TAKEN, order.mail());
      }
      throw new OrderRefused(Reason.INVALID_FIELD, e.problems().toString());
    }
  }

  /** The refusal of a tie that keeps numbers in their group. */
  static Reason reason(GroupTies.Tie tie) {
    return switch (tie) {
      case IN_HUNT_GROUP -> Reason.IN_HUNT_GROUP;
      case BULK_GROUP_ACTIVE -> Reason.BULK_GROUP_ACTIVE;
      case LAST_BULK_MEMBERS -> Reason.LAST_BULK_MEMBERS;
    };
  }
}
