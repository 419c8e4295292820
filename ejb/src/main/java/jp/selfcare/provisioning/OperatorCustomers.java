package jp.selfcare.provisioning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.Customer;
import jp.selfcare.organisation.CustomerNumber;
import jp.selfcare.organisation.Site;

/**
 * The operators' view of what the feed built (operator role): customers found by number or name,
 * one customer's tree — voice groups, their plans and sites, the contracts with their number counts
 * — and a contract's numbers with their add-ons, page by page.
 */
@Stateless
@RolesAllowed(AuditTrail.OPERATOR)
public class OperatorCustomers {

  /** A customer as the search lists it. */
  public record CustomerRow(
      String customerNumber, String name, String timeZone, String mailLanguage, long contracts)
      implements Serializable {}

  /** A contract in the tree: its number count (basic and dial-in). */
  public record ContractNode(
      String contractNumber,
      String service,
      int channels,
      String accessLine,
      String mobileContractId,
      long numbers)
      implements Serializable {}

  /** A site with its contracts. */
  public record SiteNode(String siteId, String name, String address, List<ContractNode> contracts)
      implements Serializable {}

  /** A plan of a voice group with its sites. */
  public record PlanNode(String name, List<SiteNode> sites) implements Serializable {}

  /** A voice group with its plans. */
  public record VoiceGroupNode(String voiceGroupId, String name, List<PlanNode> plans)
      implements Serializable {}

  /** A customer's whole tree; the contracts without a site (Business Mobile) on their own. */
  public record Tree(
      CustomerRow customer, List<VoiceGroupNode> voiceGroups, List<ContractNode> withoutSite)
      implements Serializable {}

  /** A number of a contract with its add-ons. */
  public record NumberRow(
      String number, String type, String basicNumber, Integer channels, List<AddOn> addOns)
      implements Serializable {}

  @PersistenceContext private EntityManager em;

  /** Customers whose number or name contains the keyword (blank: all), by customer number. */
  public List<CustomerRow> search(String keyword, int first, int size) {
    return em.createQuery(
            "select c from Customer c where lower(c.contractorName) like :k"
                + " or c.number.value like :k order by c.number.value",
            Customer.class)
        .setParameter("k", like(keyword))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(this::row)
        .toList();
  }

  public long count(String keyword) {
    return em.createQuery(
            "select count(c) from Customer c where lower(c.contractorName) like :k"
                + " or c.number.value like :k",
            Long.class)
        .setParameter("k", like(keyword))
        .getSingleResult();
  }

  /** The customer's tree, if there is such a customer. */
  public Optional<Tree> tree(String customerNumber) {
    List<Customer> found =
        em.createQuery("select c from Customer c where c.number = :n", Customer.class)
            .setParameter("n", new CustomerNumber(customerNumber))
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Customer customer = found.get(0);
    Map<Long, Long> counts = numberCounts(customer.id());
    List<Contract> contracts =
        em.createQuery(
                "select c from Contract c where c.customer = :c order by c.number.value",
                Contract.class)
            .setParameter("c", customer)
            .getResultList();
    Map<Long, List<ContractNode>> bySite = new LinkedHashMap<>();
    List<ContractNode> withoutSite = new ArrayList<>();
    for (Contract c : contracts) {
      ContractNode node =
          new ContractNode(
              c.number().value(),
              c.service().name(),
              c.channelCount(),
              c.accessLine().map(ContractNumber::value).orElse(null),
              c.mobileContractId().map(m -> m.value()).orElse(null),
              counts.getOrDefault(c.id(), 0L));
      c.site()
          .ifPresentOrElse(
              s -> bySite.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(node),
              () -> withoutSite.add(node));
    }
    List<Site> sites =
        em.createQuery(
                "select s from Site s join s.plan p join p.voiceGroup g"
                    + " where g.customer = :c order by g.groupId.value, p.name, s.siteId.value",
                Site.class)
            .setParameter("c", customer)
            .getResultList();
    Map<String, Map<String, List<SiteNode>>> groups = new LinkedHashMap<>();
    Map<String, String> groupNames = new LinkedHashMap<>();
    for (Site s : sites) {
      String group = s.plan().voiceGroup().groupId().value();
      groupNames.put(group, s.plan().voiceGroup().name());
      groups
          .computeIfAbsent(group, k -> new LinkedHashMap<>())
          .computeIfAbsent(s.plan().name(), k -> new ArrayList<>())
          .add(
              new SiteNode(
                  s.siteId().value(),
                  s.name(),
                  s.address(),
                  bySite.getOrDefault(s.id(), List.of())));
    }
    List<VoiceGroupNode> voiceGroups = new ArrayList<>();
    groups.forEach(
        (group, plans) -> {
          List<PlanNode> planNodes = new ArrayList<>();
          plans.forEach((plan, siteNodes) -> planNodes.add(new PlanNode(plan, siteNodes)));
          voiceGroups.add(new VoiceGroupNode(group, groupNames.get(group), planNodes));
        });
    return Optional.of(new Tree(row(customer), voiceGroups, withoutSite));
  }

  /** One page of a contract's numbers, in number order. */
  public List<NumberRow> numbers(String contractNumber, int first, int size) {
    return em.createQuery(
            "select n from IpNumber n left join fetch n.basicNumber where n.contract.number = :c"
                + " order by n.number.digits",
            IpNumber.class)
        .setParameter("c", new ContractNumber(contractNumber))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(
            n ->
                new NumberRow(
                    n.number().digits(),
                    n.type().name(),
                    n.basicNumber().map(b -> b.number().digits()).orElse(null),
                    n.channelCount().orElse(null),
                    List.copyOf(n.addOns().features())))
        .toList();
  }

  public long numberCount(String contractNumber) {
    return em.createQuery(
            "select count(n) from IpNumber n where n.contract.number = :c", Long.class)
        .setParameter("c", new ContractNumber(contractNumber))
        .getSingleResult();
  }

  private CustomerRow row(Customer c) {
    long contracts =
        em.createQuery("select count(k) from Contract k where k.customer = :c", Long.class)
            .setParameter("c", c)
            .getSingleResult();
    return new CustomerRow(
        c.number().value(),
        c.contractorName(),
        c.timeZone().getId(),
        c.mailLanguage().getLanguage(),
        contracts);
  }

  @SuppressWarnings("unchecked")
  private Map<Long, Long> numberCounts(long customerId) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT n.contract_id, COUNT(*) FROM ip_number n JOIN contract c"
                        + " ON c.id = n.contract_id WHERE c.customer_id = ?1 GROUP BY n.contract_id")
                .setParameter(1, customerId)
                .getResultList()) {
      counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return counts;
  }

  private static String like(String keyword) {
    String k = keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
    return "%" + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
