package jp.selfcare.notices;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.Pages;

/**
 * 工事・故障情報 as a portal user reads it: the notices of the services they may read, newest first, each
 * with the user's own contracts it touches, and which they have not opened yet.
 */
@Stateless
public class NoticeBoard {

  /** Largest page of the notice list. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

  public Set<ServiceType> visibleServices() {
    return access.readableServices();
  }

  /** One page of the notices of the user's services (or of one of them), newest first. */
  public List<NoticeView> list(ServiceType service, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    Set<ServiceType> services = services(service);
    if (services.isEmpty()) {
      return List.of();
    }
    List<Notice> notices =
        em.createQuery(
                "select n from Notice n where n.service in :s order by n.publishedAt desc, n.id desc",
                Notice.class)
            .setParameter("s", services)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return views(notices);
  }

  public long count(ServiceType service) {
    Set<ServiceType> services = services(service);
    if (services.isEmpty()) {
      return 0;
    }
    return em.createQuery("select count(n) from Notice n where n.service in :s", Long.class)
        .setParameter("s", services)
        .getSingleResult();
  }

  /** How many notices of the user's services they have not opened. */
  public long unread() {
    PortalSignIn me = caller.requirePortal();
    Set<ServiceType> services = visibleServices();
    if (services.isEmpty()) {
      return 0;
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM notice n WHERE n.service IN (:services) AND NOT EXISTS"
                        + " (SELECT 1 FROM notice_read r WHERE r.notice_id = n.id"
                        + " AND r.user_id = :user)")
                .setParameter("services", services.stream().map(Enum::name).toList())
                .setParameter("user", me.userId())
                .getSingleResult())
        .longValue();
  }

  /** Marks notices as opened by the user. */
  public void markRead(List<Long> noticeIds) {
    PortalSignIn me = caller.requirePortal();
    for (long id : noticeIds) {
      em.createNativeQuery(
              "INSERT INTO notice_read (notice_id, user_id) SELECT CAST(?1 AS BIGINT), CAST(?2 AS BIGINT)"
                  + " WHERE NOT EXISTS"
                  + " (SELECT 1 FROM notice_read WHERE notice_id = ?1 AND user_id = ?2)")
          .setParameter(1, id)
          .setParameter(2, me.userId())
          .executeUpdate();
    }
  }

  /**
   * The fault notices not yet over that touch the user's own contracts, newest first: what the
   * dashboard warns about, with the sites to consider bulk forwarding for.
   */
  public List<NoticeView> currentFaults() {
    Set<ServiceType> services = visibleServices();
    if (services.isEmpty()) {
      return List.of();
    }
    List<Notice> notices =
        em.createQuery(
                "select n from Notice n where n.kind = :fault and n.service in :s"
                    + " and n.endsAt is null order by n.publishedAt desc",
                Notice.class)
            .setParameter("fault", NoticeKind.FAULT)
            .setParameter("s", services)
            .setMaxResults(20)
            .getResultList();
    return views(notices).stream().filter(v -> !v.affected().isEmpty()).toList();
  }

  /** notice id, contract id, contract number, site ID, site name, voice group ID. */
  @SuppressWarnings("unchecked")
  private List<Object[]> affectedRows(List<Long> noticeIds, long customerId) {
    return em.createNativeQuery(
            "SELECT nc.notice_id, c.id, c.contract_number, s.site_code, s.name, g.voice_group_code"
                + " FROM notice_contract nc JOIN contract c ON c.id = nc.contract_id"
                + " LEFT JOIN site s ON s.id = c.site_id"
                + " LEFT JOIN service_plan p ON p.id = s.plan_id"
                + " LEFT JOIN voice_group g ON g.id = p.voice_group_id"
                + " WHERE c.customer_id = :customer AND nc.notice_id IN (:ids)"
                + " ORDER BY c.contract_number")
        .setParameter("customer", customerId)
        .setParameter("ids", noticeIds)
        .getResultList();
  }

  private Set<ServiceType> services(ServiceType service) {
    Set<ServiceType> services = new HashSet<>(visibleServices());
    if (service != null) {
      services.retainAll(Set.of(service));
    }
    return services;
  }

  private List<NoticeView> views(List<Notice> notices) {
    if (notices.isEmpty()) {
      return List.of();
    }
    PortalSignIn me = caller.requirePortal();
    List<Long> ids = notices.stream().map(Notice::id).toList();
    Set<Long> readable = me.administrator() ? null : access.readableContractIds();
    Map<Long, List<NoticeView.Affected>> affected = new HashMap<>();
    for (Object[] r : affectedRows(ids, me.customerId())) {
      long contractId = ((Number) r[1]).longValue();
      if (readable == null || readable.contains(contractId)) {
        affected
            .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
            .add(
                new NoticeView.Affected(
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> opened =
        em.createNativeQuery(
                "SELECT notice_id FROM notice_read WHERE user_id = :user AND notice_id IN (:ids)")
            .setParameter("user", me.userId())
            .setParameter("ids", ids)
            .getResultList();
    Set<Long> read = new HashSet<>();
    opened.forEach(o -> read.add(((Number) o).longValue()));
    return notices.stream()
        .map(
            n ->
                new NoticeView(
                    n.id(),
                    n.kind(),
                    n.service(),
                    n.title(),
                    n.body(),
                    n.startsAt(),
                    n.endsAt(),
                    n.publishedAt(),
                    affected.getOrDefault(n.id(), List.of()),
                    read.contains(n.id())))
        .toList();
  }
}
