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
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.organisation.Customer;
import jp.selfcare.persistence.Pages;

/**
 * 設定履歴管理 (spec 30-settings-site.md §10): the settings changes of the numbers in the caller's scope
 * (a number user: its own number only), the operations on the sites in it (bulk forwarding groups
 * and their activations, with the progress of a running one) and the caller's own bulk settings
 * uploads and downloads — newest first, by period (days in the customer's time zone), type, state
 * and target; and one entry's detail with the old and the new value or its result files.
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
      Long undoOf,
      Progress progress,
      String message,
      JobCounts counts)
      implements Serializable {}

  /** The operations an account sees only when they are its own (they span its whole scope). */
  private static final List<OperationType> OWN =
      List.of(
          OperationType.BULK_SETTINGS_UPLOAD,
          OperationType.BULK_SETTINGS_CHECK,
          OperationType.BULK_SETTINGS_DOWNLOAD);

  private static final String FROM =
      " from Operation o left join IpNumber n on n.id = o.ipNumberId left join n.contract c"
          + " left join c.site s left join s.plan p"
          + " left join Site os on os.id = o.siteId left join os.plan op"
          + " where o.customerId = :customer";

  @EJB private ResultFileStore files;

  public List<Entry> page(Query query, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
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

  /** One entry the caller may see (anything else looks missing). */
  public Optional<Entry> detail(long operationId) {
    return visible(operationId).map(SettingsHistory::entry);
  }

  /** The result files of an entry the caller may see (結果出力), newest first. */
  public List<ResultFile> files(long operationId) {
    return visible(operationId).map(o -> files.filesOf(o.id())).orElse(List.of());
  }

  private Optional<Operation> visible(long operationId) {
    SettingsSignIn me = scope.require(SettingsFunction.SETTINGS_HISTORY);
    Operation o = em.find(Operation.class, operationId);
    if (o == null || o.customerId() != me.customerId()) {
      return Optional.empty();
    }
    try {
      if (o.ipNumberId().isPresent()) {
        scope.requireNumber(SettingsFunction.SETTINGS_HISTORY, o.ipNumberId().get());
      } else if (o.siteId().isPresent()) {
        scope.requireSite(SettingsFunction.SETTINGS_HISTORY, o.siteId().get());
      } else if (!(OWN.contains(o.type()) && o.account().equals(me.loginId()))) {
        return Optional.empty();
      }
    } catch (NotAllowedException e) {
      return Optional.empty();
    }
    return Optional.of(o);
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
        o.undoOf().orElse(null),
        o.progress().orElse(null),
        o.message().orElse(null),
        o.counts().orElse(null));
  }

  private String where(Query query) {
    SettingsSignIn me = scope.require(SettingsFunction.SETTINGS_HISTORY);
    StringBuilder where =
        new StringBuilder(
            switch (me.role()) {
              case VOICE_GROUP_ADMIN ->
                  " and (p.voiceGroup.id = :scope or op.voiceGroup.id = :scope"
                      + " or (o.type in :own and o.account = :me))";
              case SITE_ADMIN ->
                  " and (s.id = :scope or o.siteId = :scope"
                      + " or (o.type in :own and o.account = :me))";
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
      case VOICE_GROUP_ADMIN ->
          q.setParameter("scope", me.voiceGroupId())
              .setParameter("own", OWN)
              .setParameter("me", me.loginId());
      case SITE_ADMIN ->
          q.setParameter("scope", me.siteId())
              .setParameter("own", OWN)
              .setParameter("me", me.loginId());
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
