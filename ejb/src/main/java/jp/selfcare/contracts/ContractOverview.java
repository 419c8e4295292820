package jp.selfcare.contracts;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.permission.Access;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.OperationalStatus;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.Pages;

/**
 * ご契約・運用状況: the contracts the calling portal user may read, searched and paged on the server, and
 * each one's detail. A contract of another customer, or one the user may not read, is answered
 * exactly like one that does not exist.
 */
@Stateless
public class ContractOverview {

  /** Largest page a caller may ask for. */
  public static final int MAX_PAGE = 200;

  private static final String FROM =
      " from Contract c left join c.site s left join s.plan p left join p.voiceGroup g"
          + " where c.customer.id = :customer";

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

  @EJB private AuditLog audit;

  /** One page of the caller's matching contracts, in the filter's order. */
  public List<ContractRow> search(ContractFilter filter, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    Optional<Query> scoped = scoped(filter);
    if (scoped.isEmpty()) {
      return List.of();
    }
    Query query = scoped.get();
    String order =
        filter.sort().path()
            + (filter.descending() ? " desc" : " asc")
            + (filter.sort() == ContractSort.CONTRACT ? "" : ", c.number.value asc");
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select c.id, c.number.value, c.operationalStatus, g.groupId.value, c.service,"
                + " s.siteId.value, s.name, c.memo"
                + FROM
                + query.where
                + " order by "
                + order,
            Object[].class);
    query.parameters.forEach(rows::setParameter);
    return rows.setFirstResult(first).setMaxResults(size).getResultList().stream()
        .map(
            r ->
                new ContractRow(
                    (Long) r[0],
                    (String) r[1],
                    (OperationalStatus) r[2],
                    (String) r[3],
                    (ServiceType) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    query.access(r[0]).canEdit()))
        .toList();
  }

  /** How many of the caller's contracts match. */
  public long count(ContractFilter filter) {
    Optional<Query> scoped = scoped(filter);
    if (scoped.isEmpty()) {
      return 0;
    }
    Query query = scoped.get();
    TypedQuery<Long> count = em.createQuery("select count(c)" + FROM + query.where, Long.class);
    query.parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  /**
   * Records the customer's memo of a contract (blank clears it); editing takes 参照・編集 on the
   * contract.
   *
   * @throws NotAllowedException when the caller may not edit the contract
   * @throws ContractsRefused when the memo is too long (nothing stored)
   */
  public void changeMemo(long contractId, String memo) {
    if (!access.accessTo(contractId).canEdit()) {
      throw new NotAllowedException("memo of contract " + contractId);
    }
    if (memo != null && memo.strip().length() > Contract.MEMO_MAX) {
      throw new ContractsRefused(EnumSet.of(ContractsRefused.Problem.MEMO_TOO_LONG));
    }
    em.find(Contract.class, contractId).changeMemo(memo == null ? null : memo.strip());
  }

  /** A contract's detail, when the caller may read it. */
  public Optional<ContractDetail> detail(long contractId) {
    Access granted = access.accessTo(contractId);
    if (!granted.canRead()) {
      return Optional.empty();
    }
    Contract c = em.find(Contract.class, contractId);
    Object[] counts =
        em.createQuery(
                "select sum(case when n.type = :basic then 1 else 0 end),"
                    + " sum(case when n.type = :basic then 0 else 1 end)"
                    + " from IpNumber n where n.contract.id = :contract",
                Object[].class)
            .setParameter("basic", NumberType.BASIC)
            .setParameter("contract", contractId)
            .getSingleResult();
    return Optional.of(
        new ContractDetail(
            new ContractRow(
                c.id(),
                c.number().value(),
                c.operationalStatus(),
                c.site().map(s -> s.plan().voiceGroup().groupId().value()).orElse(null),
                c.service(),
                c.site().map(s -> s.siteId().value()).orElse(null),
                c.site().map(s -> s.name()).orElse(null),
                c.memo().orElse(null),
                granted.canEdit()),
            c.customer().contractorName(),
            c.site().map(s -> s.plan().name()).orElse(null),
            c.site().map(s -> s.address()).orElse(null),
            c.channelCount(),
            c.accessLine().map(a -> a.value()).orElse(null),
            counts[0] == null ? 0 : ((Number) counts[0]).longValue(),
            counts[1] == null ? 0 : ((Number) counts[1]).longValue()));
  }

  /** One page of a readable contract's basic numbers, by number, with their dial-in counts. */
  public List<BasicNumberRow> basicNumbers(long contractId, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    if (!access.canRead(contractId)) {
      return List.of();
    }
    return em.createQuery(
            "select new jp.selfcare.contracts.BasicNumberRow(b.number.digits, b.channelCount,"
                + " (select count(d) from IpNumber d where d.basicNumber = b), b.addOns)"
                + " from IpNumber b where b.contract.id = :contract and b.type = :basic"
                + " order by b.number.digits",
            BasicNumberRow.class)
        .setParameter("contract", contractId)
        .setParameter("basic", NumberType.BASIC)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many basic numbers a readable contract has. */
  public long basicNumberCount(long contractId) {
    return detail(contractId).map(ContractDetail::basicNumbers).orElse(0L);
  }

  /** A basic number's page, when the caller may read its contract. */
  public Optional<NumberDetail> number(long contractId, String basicNumber) {
    return basic(contractId, basicNumber)
        .map(
            b ->
                new NumberDetail(
                    contractId,
                    b.contract().number().value(),
                    b.number().digits(),
                    b.channelCount().orElse(null),
                    b.sipId().orElse(null),
                    b.sipPassword().isPresent(),
                    b.addOns(),
                    b.contract().accessLine().map(a -> a.value()).orElse(null),
                    dialIns(b)));
  }

  /**
   * A basic number's SIP password, shown on request; every showing is written to the audit log with
   * who asked, whatever the page does with it.
   */
  public Optional<String> sipPassword(long contractId, String basicNumber) {
    Optional<IpNumber> found = basic(contractId, basicNumber);
    found.ifPresent(
        b -> {
          PortalSignIn me = caller.requirePortal();
          audit.record(
              "portal",
              me.customerId(),
              me.loginId(),
              AuditEvent.SIP_PASSWORD_SHOWN,
              b.contract().number().value() + " " + b.number().digits());
        });
    return found.flatMap(IpNumber::sipPassword);
  }

  private Optional<IpNumber> basic(long contractId, String basicNumber) {
    if (basicNumber == null || !access.canRead(contractId)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select n from IpNumber n where n.contract.id = :contract"
                + " and n.number.digits = :number and n.type = :basic",
            IpNumber.class)
        .setParameter("contract", contractId)
        .setParameter("number", basicNumber)
        .setParameter("basic", NumberType.BASIC)
        .getResultStream()
        .findFirst();
  }

  private List<NumberDetail.DialIn> dialIns(IpNumber basic) {
    return em
        .createQuery(
            "select n.number.digits, n.addOns from IpNumber n where n.basicNumber = :basic"
                + " order by n.number.digits",
            Object[].class)
        .setParameter("basic", basic)
        .getResultList()
        .stream()
        .map(r -> new NumberDetail.DialIn((String) r[0], (AddOns) r[1]))
        .toList();
  }

  /**
   * The caller's part of the query (their customer; for a general user the contracts their groups
   * let them read) and the filter's conditions; empty when the caller may read nothing.
   */
  private Optional<Query> scoped(ContractFilter filter) {
    PortalSignIn me = caller.requirePortal();
    Query query = new Query();
    query.parameters.put("customer", me.customerId());
    if (!me.administrator()) {
      query.readable = access.readableContracts();
      if (query.readable.isEmpty()) {
        return Optional.empty();
      }
      query.add("c.id in :readable", "readable", query.readable.keySet());
    }
    if (filter.status() != null) {
      query.add("c.operationalStatus = :status", "status", filter.status());
    }
    if (filter.service() != null) {
      query.add("c.service = :service", "service", filter.service());
    }
    if (filter.serviceClass() != null) {
      Set<ServiceType> inClass = EnumSet.noneOf(ServiceType.class);
      for (ServiceType t : ServiceType.values()) {
        if (t.serviceClass() == filter.serviceClass()) {
          inClass.add(t);
        }
      }
      query.add("c.service in :inClass", "inClass", inClass);
    }
    List<String> words = filter.keywords().words();
    for (int i = 0; i < words.size(); i++) {
      query.keyword(i, words.get(i));
    }
    return Optional.of(query);
  }

  /** The JPQL conditions after the customer's and their parameters. */
  private static final class Query {
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Null for an administrator, who reads and edits everything of their customer. */
    private Map<Long, Access> readable;

    Access access(Object contractId) {
      return readable == null ? Access.READ_EDIT : readable.get((Long) contractId);
    }

    void add(String condition, String name, Object value) {
      where.append(" and ").append(condition);
      parameters.put(name, value);
    }

    /** One word: found in any of the searched columns, or naming the contract's service. */
    void keyword(int index, String word) {
      String name = "k" + index;
      String like = "like :" + name + " escape '!'";
      List<String> anyOf = new ArrayList<>();
      anyOf.add("lower(c.number.value) " + like);
      anyOf.add("lower(g.groupId.value) " + like);
      anyOf.add("s.siteId.value " + like);
      anyOf.add("lower(s.name) " + like);
      anyOf.add("lower(c.memo) " + like);
      parameters.put(
          name, "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
      Set<ServiceType> named = EnumSet.noneOf(ServiceType.class);
      for (ServiceType t : ServiceType.values()) {
        if (t.names().stream().anyMatch(n -> Keywords.normalise(n).contains(word))) {
          named.add(t);
        }
      }
      if (!named.isEmpty()) {
        anyOf.add("c.service in :s" + index);
        parameters.put("s" + index, named);
      }
      where.append(" and (").append(String.join(" or ", anyOf)).append(")");
    }
  }
}
