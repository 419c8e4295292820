package jp.selfcare.history;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.settings.SettingsFunction;
import jp.selfcare.identity.settings.SettingsScope;
import jp.selfcare.identity.settings.SettingsSignIn;
import jp.selfcare.organisation.Customer;

/**
 * 設定履歴管理 (spec 30-settings-site.md §10): the settings changes of the numbers in the caller's scope
 * (a number user: its own number only), newest first, by period (days in the customer's time zone),
 * type, state and target number; and one entry's detail with the old and the new value.
 */
@Stateless
public class SettingsHistory {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  /** The search conditions (null / blank: any). */
  public record Query(
      LocalDate from, LocalDate to, OperationType type, OperationState state, String target)
      implements Serializable {}

  /** One entry as the list and the detail page show it. */
  public record Entry(
      long id,
      OperationType type,
      String target,
      String account,
      Instant acceptedAt,
      Instant finishedAt,
      OperationState state,
      String oldValue,
      String newValue,
      Long undoOf)
      implements Serializable {}

  private static final String FROM =
      " from Operation o, IpNumber n join n.contract c join c.site s join s.plan p"
          + " where n.id = o.ipNumberId and o.customerId = :customer";

  public List<Entry> page(Query query, int first, int size) {
    if (first < 0 || size < 1 || size > MAX_PAGE) {
      throw new IllegalArgumentException("page must start at 0 or later and hold 1-" + MAX_PAGE);
    }
    TypedQuery<Operation> q =
        em.createQuery(
            "select o" + FROM + where(query) + " order by o.acceptedAt desc, o.id desc",
            Operation.class);
    bind(q, query);
    return q.setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(SettingsHistory::entry)
        .toList();
  }

  public long count(Query query) {
    TypedQuery<Long> q = em.createQuery("select count(o)" + FROM + where(query), Long.class);
    bind(q, query);
    return q.getSingleResult();
  }

  /** One entry of a number in the caller's scope (anything else looks missing). */
  public Optional<Entry> detail(long operationId) {
    Operation o = em.find(Operation.class, operationId);
    if (o == null || o.ipNumberId().isEmpty()) {
      return Optional.empty();
    }
    try {
      scope.requireNumber(SettingsFunction.SETTINGS_HISTORY, o.ipNumberId().get());
    } catch (NotAllowedException e) {
      return Optional.empty();
    }
    return Optional.of(entry(o));
  }

  private static Entry entry(Operation o) {
    return new Entry(
        o.id(),
        o.type(),
        o.target(),
        o.account(),
        o.acceptedAt(),
        o.finishedAt().orElse(null),
        o.state(),
        o.oldValue().orElse(null),
        o.newValue().orElse(null),
        o.undoOf().orElse(null));
  }

  private String where(Query query) {
    SettingsSignIn me = scope.require(SettingsFunction.SETTINGS_HISTORY);
    StringBuilder where =
        new StringBuilder(
            switch (me.role()) {
              case VOICE_GROUP_ADMIN -> " and p.voiceGroup.id = :scope";
              case SITE_ADMIN -> " and s.id = :scope";
              case NUMBER_USER -> " and n.id = :scope";
              case BUSINESS_MOBILE -> " and 1 = 0";
            });
    if (query.from() != null) {
      where.append(" and o.acceptedAt >= :from");
    }
    if (query.to() != null) {
      where.append(" and o.acceptedAt < :to");
    }
    if (query.type() != null) {
      where.append(" and o.type = :type");
    }
    if (query.state() != null) {
      where.append(" and o.state = :state");
    }
    if (query.target() != null && !query.target().isBlank()) {
      where.append(" and o.target like :target");
    }
    return where.toString();
  }

  private <T> void bind(TypedQuery<T> q, Query query) {
    SettingsSignIn me = scope.require(SettingsFunction.SETTINGS_HISTORY);
    q.setParameter("customer", me.customerId());
    switch (me.role()) {
      case VOICE_GROUP_ADMIN -> q.setParameter("scope", me.voiceGroupId());
      case SITE_ADMIN -> q.setParameter("scope", me.siteId());
      case NUMBER_USER -> q.setParameter("scope", me.ipNumberId());
      case BUSINESS_MOBILE -> {
        // no numbers: nothing to bind
      }
      default -> throw new IllegalStateException(me.role().name());
    }
    ZoneId zone = em.find(Customer.class, me.customerId()).timeZone();
    if (query.from() != null) {
      q.setParameter("from", query.from().atStartOfDay(zone).toInstant());
    }
    if (query.to() != null) {
      q.setParameter("to", query.to().plusDays(1).atStartOfDay(zone).toInstant());
    }
    if (query.type() != null) {
      q.setParameter("type", query.type());
    }
    if (query.state() != null) {
      q.setParameter("state", query.state());
    }
    if (query.target() != null && !query.target().isBlank()) {
      q.setParameter("target", "%" + query.target().replace("-", "").strip() + "%");
    }
  }
}
