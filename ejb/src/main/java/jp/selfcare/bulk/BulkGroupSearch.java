package jp.selfcare.bulk;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;

/**
 * What グループ管理 reads of the 一括転送グループ in the caller's scope (spec 40-bulk-and-batch.md §1): the
 * groups by site, name and state, one group with its members, and the numbers that may join a group
 * of a site. {@link BulkForwardingGroups} changes them.
 */
@Stateless
public class BulkGroupSearch {

  private static final SettingsFunction FUNCTION = SettingsFunction.BULK_FORWARDING;

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  /** A group as its detail page shows it. */
  public record Detail(
      long groupId,
      String siteId,
      String name,
      GroupState state,
      List<String> numbers,
      long version)
      implements Serializable {}

  /** A group in the management list. */
  public record Row(long groupId, String siteId, String name, GroupState state, long members)
      implements Serializable {}

  /** The most groups one search lists. */
  public static final int MAX_ROWS = 200;

  /** The most candidates one search lists (a group's limit). */
  public static final int MAX_CANDIDATES = BulkForwardingGroup.MEMBERS_MAX;

  /**
   * グループ管理: the groups of sites in scope, by site and name; blank conditions mean any, the name
   * matching in part.
   */
  public List<Row> search(String siteCode, String name, GroupState state) {
    SettingsSignIn me = scope.require(FUNCTION);
    StringBuilder sql =
        new StringBuilder(
            "SELECT g.id, s.site_code, g.name, g.state, (SELECT COUNT(*) FROM"
                + " bulk_forwarding_member m WHERE m.group_id = g.id) FROM bulk_forwarding_group g"
                + " JOIN site s ON s.id = g.site_id JOIN service_plan p ON p.id = s.plan_id"
                + " JOIN voice_group v ON v.id = p.voice_group_id WHERE v.customer_id = ?1");
    sql.append(
        switch (me.role()) {
          case VOICE_GROUP_ADMIN -> " AND v.id = ?2";
          case SITE_ADMIN -> " AND s.id = ?2";
          default -> " AND 1 = 0";
        });
    boolean bySite = siteCode != null && !siteCode.isBlank();
    boolean byName = name != null && !name.isBlank();
    if (bySite) {
      sql.append(" AND s.site_code = ?3");
    }
    if (byName) {
      sql.append(" AND g.name LIKE ?4");
    }
    if (state != null) {
      sql.append(" AND g.state = ?5");
    }
    sql.append(" ORDER BY s.site_code, g.name");
    jakarta.persistence.Query q =
        em.createNativeQuery(sql.toString())
            .setParameter(1, me.customerId())
            .setParameter(2, Objects.requireNonNullElse(NumberConditions.scopeId(me), -1L));
    if (bySite) {
      q.setParameter(3, siteCode.strip());
    }
    if (byName) {
      q.setParameter(4, "%" + name.strip() + "%");
    }
    if (state != null) {
      q.setParameter(5, state.name());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(MAX_ROWS).getResultList();
    return rows.stream()
        .map(
            r ->
                new Row(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    GroupState.valueOf((String) r[3]),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /**
   * 候補: the numbers of the site that may join a group (bulk forwarding contract, no FDIS/NDIS, in
   * no group), narrowed by 音声N番 and part of the number, in number order, at most {@link
   * #MAX_CANDIDATES}.
   */
  public List<String> candidates(String siteCode, String contractNumber, String numberPart) {
    long siteId = siteInScope(siteCode);
    SettingsSignIn me = scope.require(FUNCTION);
    NumberConditions conditions = new NumberConditions(siteCode, contractNumber, numberPart);
    @SuppressWarnings("unchecked")
    List<Number> taken =
        em.createNativeQuery(
                "SELECT m.ip_number_id FROM bulk_forwarding_member m"
                    + " JOIN bulk_forwarding_group g ON g.id = m.group_id WHERE g.site_id = ?1")
            .setParameter(1, siteId)
            .getResultList();
    var query =
        conditions
            .bind(
                em.createQuery(
                    "select n.number.digits from IpNumber n join n.contract c join c.site s"
                        + " join s.plan p where s.id = :siteId"
                        + conditions.jpql(me)
                        + " and n.addOns.bulkForwarding = true"
                        + " and n.addOns.specificDestination = false"
                        + (taken.isEmpty() ? "" : " and n.id not in :taken")
                        + " order by n.number.digits",
                    String.class),
                me)
            .setParameter("siteId", siteId);
    if (!taken.isEmpty()) {
      query.setParameter("taken", taken.stream().map(Number::longValue).toList());
    }
    return query.setMaxResults(MAX_CANDIDATES).getResultList();
  }

  /** The id of a site in scope by its site ID; {@link UnknownSiteException} otherwise. */
  /**
   * The site ID a site administrator works on (グループ登録 starts with it filled in); empty for a
   * voice-group administrator, who chooses among the group's sites.
   */
  public Optional<String> ownSiteCode() {
    SettingsSignIn me = scope.require(FUNCTION);
    if (me.siteId() == null) {
      return Optional.empty();
    }
    return em.createQuery("select s.siteId.value from Site s where s.id = :id", String.class)
        .setParameter("id", me.siteId())
        .getResultStream()
        .findFirst();
  }

  public long siteInScope(String siteCode) {
    List<Long> ids =
        em.createQuery("select s.id from Site s where s.siteId.value = :code", Long.class)
            .setParameter("code", siteCode == null ? "" : siteCode.strip())
            .getResultList();
    if (ids.isEmpty()) {
      throw new UnknownSiteException(siteCode);
    }
    try {
      scope.requireSite(FUNCTION, ids.get(0));
    } catch (jp.selfcare.identity.NotAllowedException e) {
      throw new UnknownSiteException(siteCode);
    }
    return ids.get(0);
  }

  /** A group in scope with its members' numbers in order. */
  public Detail detail(long groupId) {
    BulkForwardingGroup group =
        BulkForwardingGroup.inScope(em, scope, FUNCTION, groupId, LockModeType.NONE);
    String siteCode =
        (String)
            em.createNativeQuery("SELECT site_code FROM site WHERE id = ?1")
                .setParameter(1, group.siteId())
                .getSingleResult();
    return new Detail(
        group.id(),
        siteCode,
        group.name(),
        group.state(),
        BulkMembers.numbers(em, groupId),
        group.version());
  }
}
