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
import jp.selfcare.organisation.CustomerNumber;
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

  private static final String FROM =
      " from IpNumber n join n.contract c join c.site s join s.plan p join p.voiceGroup g"
          + " join g.customer cu left join n.basicNumber b";

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

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

  /** How many of the caller's numbers match. */
  public long count(NumberFilter filter) {
    Optional<Where> scoped = scoped(filter);
    if (scoped.isEmpty()) {
      return 0;
    }
    Where where = scoped.get();
    TypedQuery<Long> query = em.createQuery("select count(n)" + FROM + where.clause(), Long.class);
    where.parameters.forEach(query::setParameter);
    return query.getSingleResult();
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
    String customer =
        em.createQuery("select c.number.value from Customer c where c.id = :id", String.class)
            .setParameter("id", operation.customerId())
            .getSingleResult();
    NumberFilter filter =
        NumberFilter.ALL
            .withCustomer(new CustomerNumber(customer))
            .withContract(new ContractNumber(operation.target()));
    Where where = Where.of(filter);
    String clause = where.clause();
    if (afterNumber != null) {
      clause += (clause.isEmpty() ? " where" : " and") + " n.number.digits > :after";
      where.parameters.put("after", afterNumber);
    }
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
    Where where = Where.of(filter.withCustomer(new CustomerNumber(me.customerNumber())));
    if (!me.administrator()) {
      Set<Long> readable = access.readableContractIds();
      if (readable.isEmpty()) {
        return Optional.empty();
      }
      where.add("c.id in :readable", "readable", readable);
    }
    return Optional.of(where);
  }

  private static void checkPage(int first, int pageSize) {
    Pages.require(first, pageSize, MAX_PAGE);
  }

  /** The JPQL conditions of a filter and their parameters. */
  private static final class Where {
    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    static Where of(NumberFilter filter) {
      Where where = new Where();
      if (filter.customer() != null) {
        where.add("cu.number = :customer", "customer", filter.customer());
      }
      if (filter.voiceGroup() != null) {
        where.add("g.groupId = :voiceGroup", "voiceGroup", filter.voiceGroup());
      }
      if (filter.site() != null) {
        where.add("s.siteId = :site", "site", filter.site());
      }
      if (filter.contract() != null) {
        where.add("c.number = :contract", "contract", filter.contract());
      }
      filter
          .digitsPart()
          .ifPresent(d -> where.add("n.number.digits like :digits", "digits", "%" + d + "%"));
      if (filter.type() != null) {
        where.add("n.type = :type", "type", filter.type());
      }
      return where;
    }

    /** The JPQL where clause, or nothing without conditions. */
    String clause() {
      return conditions.isEmpty() ? "" : " where " + conditions;
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
