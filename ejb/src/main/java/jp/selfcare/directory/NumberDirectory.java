package jp.selfcare.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.history.Operation;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.persistence.Pages;

/**
 * Searches numbers page by page on the server (the directory may hold 100,000 numbers). Results are
 * always ordered by telephone number, which also makes keyset paging possible for exports.
 *
 * <p>Scope is applied here, whatever the page asked: a portal administrator reads the numbers of
 * their own customer; a general user reads only what their user groups grant (nothing while the
 * user is in no group). Jobs read through {@link #pageForOperation}, scoped to the contract and
 * customer of an operation that was authorised when it was accepted.
 */
@Stateless
public class NumberDirectory {

  /** Largest page a caller may ask for. */
  public static final int MAX_PAGE = 1000;

  private static final String ROW =
      "select new jp.selfcare.directory.NumberRow(n.number.digits, n.type,"
          + " b.number.digits, c.number.value, s.siteId.value, s.name, g.groupId.value,"
          + " cu.contractorName, n.addOns)";

  /**
   * Site, plan and voice group are outer joins so that the rows and the count agree whatever a
   * contract lacks; the customer's numbers come in number order from the (customer, number) index.
   */
  private static final String FROM =
      " from IpNumber n join n.contract c left join c.site s left join s.plan p"
          + " left join p.voiceGroup g join c.customer cu left join n.basicNumber b";

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

  @Inject private NumberCounts counts;

  /** One page of the caller's matching numbers, ordered by number. */
  public List<NumberRow> search(NumberFilter filter, int first, int pageSize) {
    checkPage(first, pageSize);
    Optional<Where> scoped = scoped(filter);
    if (scoped.isEmpty()) {
      return List.of();
    }
    Where where = scoped.get();
    TypedQuery<NumberRow> query =
        em.createQuery(ROW + FROM + where.clause() + " order by n.number.digits", NumberRow.class);
    where.parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  /**
   * How many of the caller's numbers match: from the numbers alone unless the filter names a voice
   * group, site or contract (the count of every number of a customer is one index-only scan), and
   * kept a short while ({@link NumberCounts}).
   */
  public long count(NumberFilter filter) {
    Optional<Where> scoped = scoped(filter);
    if (scoped.isEmpty()) {
      return 0;
    }
    Where where = scoped.get();
    String jpql = "select count(*)" + (where.joins ? FROM : " from IpNumber n") + where.clause();
    return counts.count(
        jpql,
        where.parameters,
        () -> {
          TypedQuery<Long> query = em.createQuery(jpql, Long.class);
          where.parameters.forEach(query::setParameter);
          return query.getSingleResult();
        });
  }

  /**
   * For a job: the next page of the numbers of the operation's contract after {@code afterNumber}
   * (exclusive; null for the first page). Keyset paging costs the same on the last page as on the
   * first, which offset paging does not.
   */
  public List<NumberRow> pageForOperation(long operationId, String afterNumber, int pageSize) {
    checkPage(0, pageSize);
    Operation operation = em.find(Operation.class, operationId);
    if (operation == null) {
      throw new IllegalArgumentException("no operation " + operationId);
    }
    Where where =
        Where.of(
            operation.customerId(),
            NumberFilter.ALL.withContract(new ContractNumber(operation.target())));
    if (afterNumber != null) {
      where.add("n.number.digits > :after", "after", afterNumber);
    }
    String clause = where.clause();
    TypedQuery<NumberRow> query =
        em.createQuery(ROW + FROM + clause + " order by n.number.digits", NumberRow.class);
    where.parameters.forEach(query::setParameter);
    return query.setMaxResults(pageSize).getResultList();
  }

  /**
   * The caller's part of the filter: their customer, and for non-administrators their contracts.
   */
  private Optional<Where> scoped(NumberFilter filter) {
    PortalSignIn me = caller.requirePortal();
    Where where = Where.of(me.customerId(), filter);
    if (!me.administrator()) {
      Set<Long> readable = access.readableContractIds();
      if (readable.isEmpty()) {
        return Optional.empty();
      }
      where.add("n.contract.id in :readable", "readable", readable);
    }
    return Optional.of(where);
  }

  private static void checkPage(int first, int pageSize) {
    Pages.require(first, pageSize, MAX_PAGE);
  }

  /**
   * The JPQL conditions of a filter within one customer (whatever customer the filter names: the
   * caller's or the operation's customer is the scope) and their parameters.
   */
  private static final class Where {
    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Whether a condition needs the contract, site or voice group joined. */
    private boolean joins;

    static Where of(long customerId, NumberFilter filter) {
      Where where = new Where();
      where.add("n.customerId = :customerId", "customerId", customerId);
      if (filter.voiceGroup() != null) {
        where.joined("g.groupId = :voiceGroup", "voiceGroup", filter.voiceGroup());
      }
      if (filter.site() != null) {
        where.joined("s.siteId = :site", "site", filter.site());
      }
      if (filter.contract() != null) {
        where.joined("c.number = :contract", "contract", filter.contract());
      }
      filter
          .digitsPart()
          .ifPresent(d -> where.add("n.number.digits like :digits", "digits", "%" + d + "%"));
      if (filter.type() != null) {
        where.add("n.type = :type", "type", filter.type());
      }
      return where;
    }

    String clause() {
      return " where " + conditions;
    }

    private void joined(String condition, String name, Object value) {
      joins = true;
      add(condition, name, value);
    }

    private void add(String condition, String name, Object value) {
      if (!conditions.isEmpty()) {
        conditions.append(" and ");
      }
      conditions.append(condition);
      parameters.put(name, value);
    }
  }
}
