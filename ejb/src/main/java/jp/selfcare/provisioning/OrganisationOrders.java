package jp.selfcare.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.selfcare.activation.ActivationPublisher;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.Customer;
import jp.selfcare.organisation.CustomerNumber;
import jp.selfcare.organisation.MobileContractId;
import jp.selfcare.organisation.ServicePlan;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.Site;
import jp.selfcare.organisation.SiteId;
import jp.selfcare.organisation.VoiceGroup;
import jp.selfcare.organisation.VoiceGroupId;
import jp.selfcare.provisioning.ServiceOrder.BillingGroupOrder;
import jp.selfcare.provisioning.ServiceOrder.ContractOrder;
import jp.selfcare.provisioning.ServiceOrder.CustomerOrder;
import jp.selfcare.provisioning.ServiceOrder.PlanOrder;
import jp.selfcare.provisioning.ServiceOrder.SiteOrder;
import jp.selfcare.provisioning.ServiceOrder.VoiceGroupOrder;

/**
 * Applies the orders that create or change the organisation — customer, voice group, plan, site,
 * contract — in the caller's transaction. An order states the thing as it should be: a new one is
 * created, an existing one changed to match; what may not change (whose it is, a contract's service
 * and site, a Business Mobile contract ID) is refused.
 */
@ApplicationScoped
class OrganisationOrders {

  @PersistenceContext private EntityManager em;

  @Inject private ActivationPublisher activation;

  /**
   * @return whether an existing customer's time zone changed (its numbers' schedules follow it)
   */
  boolean customer(CustomerOrder order) {
    Optional<Customer> existing = customer(order.customerNumber());
    if (existing.isEmpty()) {
      Customer customer =
          new Customer(new CustomerNumber(order.customerNumber()), order.name(), order.timeZone());
      customer.change(order.name(), order.timeZone(), order.mailLanguage());
      em.persist(customer);
      return false;
    }
    Customer customer = existing.get();
    boolean zoneChanged = !customer.timeZone().equals(order.timeZone());
    customer.change(order.name(), order.timeZone(), order.mailLanguage());
    return zoneChanged;
  }

  void voiceGroup(VoiceGroupOrder order) {
    Customer customer = requireCustomer(order.customerNumber());
    Optional<VoiceGroup> existing = voiceGroup(order.voiceGroupId());
    if (existing.isEmpty()) {
      em.persist(new VoiceGroup(new VoiceGroupId(order.voiceGroupId()), customer, order.name()));
    } else if (!Objects.equals(existing.get().customer().id(), customer.id())) {
      throw new OrderRefused(Reason.OTHER_CUSTOMER, order.voiceGroupId());
    } else {
      existing.get().rename(order.name());
    }
  }

  /** Creates the plan, or leaves it; a basic charge given becomes the plan's from now on. */
  void plan(PlanOrder order) {
    VoiceGroup group = requireVoiceGroup(order.voiceGroupId());
    ServicePlan plan =
        plan(group, order.name())
            .orElseGet(
                () -> {
                  ServicePlan created = new ServicePlan(group, order.name());
                  em.persist(created);
                  return created;
                });
    if (order.basicCharge() != null) {
      plan.chargeBasic(order.basicCharge());
    }
  }

  void site(SiteOrder order) {
    VoiceGroup group = requireVoiceGroup(order.voiceGroupId());
    ServicePlan plan =
        plan(group, order.plan())
            .orElseThrow(() -> new OrderRefused(Reason.UNKNOWN_PLAN, order.plan()));
    Optional<Site> existing = site(order.siteId());
    if (existing.isEmpty()) {
      em.persist(new Site(new SiteId(order.siteId()), plan, order.name(), order.address()));
    } else if (!Objects.equals(existing.get().plan().voiceGroup().id(), group.id())) {
      throw new OrderRefused(Reason.OTHER_CUSTOMER, order.siteId());
    } else {
      existing.get().change(plan, order.name(), order.address());
    }
  }

  void contract(ContractOrder order) {
    Customer customer = requireCustomer(order.customerNumber());
    boolean mobile = order.service() == ServiceType.BUSINESS_MOBILE;
    Site site = mobile ? null : requireSite(order.siteId());
    if (site != null && !Objects.equals(site.plan().voiceGroup().customer().id(), customer.id())) {
      throw new OrderRefused(Reason.OTHER_CUSTOMER, order.siteId());
    }
    ContractNumber accessLine =
        order.accessLine() == null ? null : new ContractNumber(order.accessLine());
    Optional<Contract> existing = contract(order.contractNumber());
    if (existing.isPresent()) {
      Contract contract = existing.get();
      if (!Objects.equals(contract.customer().id(), customer.id())) {
        throw new OrderRefused(Reason.OTHER_CUSTOMER, order.contractNumber());
      }
      if (contract.service() != order.service()) {
        throw new OrderRefused(Reason.SERVICE_CHANGED, order.contractNumber());
      }
      if (mobile) {
        if (!contract
            .mobileContractId()
            .map(MobileContractId::value)
            .orElse("")
            .equals(order.mobileContractId())) {
          throw new OrderRefused(
              Reason.INVALID_FIELD, "mobileContractId: an existing contract keeps its ID");
        }
        return;
      }
      if (!Objects.equals(contract.site().map(Site::id).orElse(null), site.id())) {
        throw new OrderRefused(
            Reason.INVALID_FIELD, "siteId: an existing contract stays at its site");
      }
      contract.changeLine(site, order.channels(), accessLine);
      return;
    }
    if (mobile) {
      if (!em.createQuery("select c.id from Contract c where c.mobileContractId = :m", Long.class)
          .setParameter("m", new MobileContractId(order.mobileContractId()))
          .getResultList()
          .isEmpty()) {
        throw new OrderRefused(Reason.MOBILE_CONTRACT_ID_IN_USE, order.mobileContractId());
      }
      opened(
          Contract.businessMobile(
              new ContractNumber(order.contractNumber()),
              customer,
              new MobileContractId(order.mobileContractId())),
          order);
    } else {
      opened(
          Contract.atSite(
              new ContractNumber(order.contractNumber()),
              order.service(),
              site,
              order.channels(),
              accessLine),
          order);
    }
  }

  /** A new contract: stored, and its 開通案内 published when the order brings the password. */
  private void opened(Contract contract, ContractOrder order) {
    em.persist(contract);
    if (order.applicationPassword() != null) {
      em.flush();
      activation.publish(contract, order.applicationPassword(), order.noticeAddress());
    }
  }

  /**
   * Creates the customer's billing group of that representative number, or renames it, and makes
   * the named contracts exactly its members: a contract named moves into it (from another group
   * too), a member no longer named is billed on its own again. Bills already computed stay as they
   * are; the next run of an open month's billing follows the group.
   */
  void billingGroup(BillingGroupOrder order) {
    Customer customer = requireCustomer(order.customerNumber());
    List<Long> members = new ArrayList<>();
    for (String number : order.contracts()) {
      Contract contract = requireContract(number);
      if (!Objects.equals(contract.customer().id(), customer.id())) {
        throw new OrderRefused(Reason.OTHER_CUSTOMER, number);
      }
      members.add(contract.id());
    }
    Optional<Long> existing = billingGroup(customer, order.representativeNumber());
    if (existing.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO billing_group (customer_id, name, representative_number)"
                  + " VALUES (?1, ?2, ?3)")
          .setParameter(1, customer.id())
          .setParameter(2, order.name())
          .setParameter(3, order.representativeNumber())
          .executeUpdate();
    } else {
      em.createNativeQuery("UPDATE billing_group SET name = ?1 WHERE id = ?2")
          .setParameter(1, order.name())
          .setParameter(2, existing.get())
          .executeUpdate();
    }
    long group = billingGroup(customer, order.representativeNumber()).orElseThrow();
    em.createNativeQuery(
            "UPDATE contract SET billing_group_id = NULL WHERE billing_group_id = :g"
                + " AND id NOT IN (:members)")
        .setParameter("g", group)
        .setParameter("members", members)
        .executeUpdate();
    em.createNativeQuery("UPDATE contract SET billing_group_id = :g WHERE id IN (:members)")
        .setParameter("g", group)
        .setParameter("members", members)
        .executeUpdate();
  }

  /** The customer's billing group of that representative number. */
  private Optional<Long> billingGroup(Customer customer, String representativeNumber) {
    return em
        .createNativeQuery(
            "SELECT id FROM billing_group WHERE customer_id = ?1 AND representative_number = ?2")
        .setParameter(1, customer.id())
        .setParameter(2, representativeNumber)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .findFirst();
  }

  Customer requireCustomer(String number) {
    return customer(number).orElseThrow(() -> new OrderRefused(Reason.UNKNOWN_CUSTOMER, number));
  }

  Contract requireContract(String number) {
    return contract(number).orElseThrow(() -> new OrderRefused(Reason.UNKNOWN_CONTRACT, number));
  }

  private VoiceGroup requireVoiceGroup(String id) {
    return voiceGroup(id).orElseThrow(() -> new OrderRefused(Reason.UNKNOWN_VOICE_GROUP, id));
  }

  private Site requireSite(String id) {
    return site(id).orElseThrow(() -> new OrderRefused(Reason.UNKNOWN_SITE, id));
  }

  private Optional<Customer> customer(String number) {
    return first(
        em.createQuery("select c from Customer c where c.number = :n", Customer.class)
            .setParameter("n", new CustomerNumber(number))
            .getResultList());
  }

  private Optional<VoiceGroup> voiceGroup(String id) {
    return first(
        em.createQuery("select g from VoiceGroup g where g.groupId = :g", VoiceGroup.class)
            .setParameter("g", new VoiceGroupId(id))
            .getResultList());
  }

  private Optional<ServicePlan> plan(VoiceGroup group, String name) {
    return first(
        em.createQuery(
                "select p from ServicePlan p where p.voiceGroup = :g and p.name = :n",
                ServicePlan.class)
            .setParameter("g", group)
            .setParameter("n", name)
            .getResultList());
  }

  private Optional<Site> site(String id) {
    return first(
        em.createQuery("select s from Site s where s.siteId = :s", Site.class)
            .setParameter("s", new SiteId(id))
            .getResultList());
  }

  private Optional<Contract> contract(String number) {
    return first(
        em.createQuery("select c from Contract c where c.number = :n", Contract.class)
            .setParameter("n", new ContractNumber(number))
            .getResultList());
  }

  private static <T> Optional<T> first(List<T> found) {
    return found.stream().findFirst();
  }
}
