package jp.selfcare.forwarding;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.persistence.Pages;

/**
 * 転送 (番号ごと) IP電話番号検索 (spec 30-settings-site.md, common search): the numbers in the caller's scope
 * by site ID, contract number and part of the number, with their forwarding state, a page at a
 * time. Numbers with a forwarding-to-specific-number contract are not listed (they are §3's).
 */
@Stateless
public class ForwardingSearch {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  /** The search conditions (blank: any). */
  public record Query(String siteId, String contractNumber, String numberPart)
      implements Serializable {}

  /** A result row: 拠点ID, 音声契約番号, IP電話番号, 転送状態 and 転送詳細. */
  public record Row(
      long ipNumberId,
      String siteId,
      String contractNumber,
      String number,
      boolean forwarding,
      boolean unconditional,
      boolean busy,
      boolean noAnswer,
      boolean unreachable,
      ForwardingTarget target)
      implements Serializable {}

  private static final String FROM =
      NumberConditions.NUMBERS
          + " left join NumberForwarding f on f.ipNumberId = n.id"
          + " where n.addOns.specificDestination = false";

  public List<Row> page(Query query, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    TypedQuery<Row> q =
        em.createQuery(
            "select new jp.selfcare.forwarding.ForwardingSearch$Row(n.id, s.siteId.value,"
                + " c.number.value, n.number.digits, coalesce(f.forward, false),"
                + " coalesce(f.unconditional, false), coalesce(f.busy, false),"
                + " coalesce(f.noAnswer, false), coalesce(f.unreachable, false), f.target)"
                + FROM
                + where(query)
                + " order by n.number.digits",
            Row.class);
    bind(q, query);
    return q.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(Query query) {
    TypedQuery<Long> q = em.createQuery("select count(n)" + FROM + where(query), Long.class);
    bind(q, query);
    return q.getSingleResult();
  }

  private String where(Query query) {
    return conditions(query).jpql(scope.require(SettingsFunction.FORWARDING));
  }

  private <T> void bind(TypedQuery<T> q, Query query) {
    conditions(query).bind(q, scope.require(SettingsFunction.FORWARDING));
  }

  private static NumberConditions conditions(Query query) {
    return new NumberConditions(query.siteId(), query.contractNumber(), query.numberPart());
  }
}
