package jp.selfcare.access;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.selfcare.persistence.Pages;

/**
 * The common search's conditions (spec 30-settings-site.md, common search): site ID, voice contract
 * number and part of the number, blank meaning any, always within the login's scope. The JPQL names
 * the number {@code n}, its contract {@code c}, site {@code s} and plan {@code p}, and binds {@code
 * :customer}.
 */
public record NumberConditions(String siteId, String contractNumber, String numberPart)
    implements Serializable {

  /** No condition: every number in scope. */
  public static final NumberConditions ANY = new NumberConditions(null, null, null);

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = 100;

  /** The numbers {@code n} with their contract {@code c}, site {@code s} and plan {@code p}. */
  public static final String NUMBERS =
      " from IpNumber n join n.contract c join c.site s join s.plan p";

  /**
   * A page of a feature's search: {@code select} over {@code from} (which names the numbers as
   * {@link #NUMBERS} does and ends with its own " where …") for the numbers in the login's scope
   * that meet these conditions, in number order.
   */
  public <T> List<T> page(
      EntityManager em,
      SettingsSignIn me,
      String select,
      String from,
      Class<T> type,
      int first,
      int size) {
    Pages.require(first, size, MAX_PAGE);
    return bind(em.createQuery(select + from + jpql(me) + " order by n.number.digits", type), me)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many rows {@link #page} finds over {@code from}, counting {@code counted} (n or r). */
  public long count(EntityManager em, SettingsSignIn me, String counted, String from) {
    return bind(em.createQuery("select count(" + counted + ")" + from + jpql(me), Long.class), me)
        .getSingleResult();
  }

  /** The conditions as JPQL, each starting with " and". */
  public String jpql(SettingsSignIn me) {
    StringBuilder where = new StringBuilder(" and c.customer.id = :customer");
    where.append(numberCondition(me));
    if (!blank(siteId)) {
      where.append(" and s.siteId.value = :site");
    }
    if (!blank(contractNumber)) {
      where.append(" and c.number.value = :contract");
    }
    if (!blank(numberPart)) {
      where.append(" and n.number.digits like :part");
    }
    return where.toString();
  }

  /** Binds the parameters {@link #jpql} uses. */
  public <T> TypedQuery<T> bind(TypedQuery<T> q, SettingsSignIn me) {
    q.setParameter("customer", me.customerId());
    Long scopeId = scopeId(me);
    if (scopeId != null) {
      q.setParameter("scope", scopeId);
    }
    if (!blank(siteId)) {
      q.setParameter("site", siteId.strip());
    }
    if (!blank(contractNumber)) {
      q.setParameter("contract", contractNumber.strip().toUpperCase(Locale.ROOT));
    }
    if (!blank(numberPart)) {
      q.setParameter("part", "%" + numberPart.replace("-", "").strip() + "%");
    }
    return q;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * A JPQL condition (starting with " and") that keeps numbers {@code n} of site {@code s} under
   * plan {@code p} within the login's scope; bind {@code :scope} to {@link #scopeId} when it is not
   * null.
   */
  static String numberCondition(SettingsSignIn me) {
    return switch (me.role()) {
      case VOICE_GROUP_ADMIN -> " and p.voiceGroup.id = :scope";
      case SITE_ADMIN -> " and s.id = :scope";
      case NUMBER_USER -> " and n.id = :scope";
      case BUSINESS_MOBILE -> " and 1 = 0";
    };
  }

  /**
   * The native-SQL form of {@link #numberCondition} for a login of this role (starting with "
   * AND"): numbers {@code n} of site {@code s} under plan {@code p} within the scope; bind {@code
   * :scope} to its {@link #scopeId} (-1 when it has none).
   */
  public static String sqlCondition(SettingsRole role) {
    return switch (role) {
      case VOICE_GROUP_ADMIN -> " AND p.voice_group_id = :scope";
      case SITE_ADMIN -> " AND s.id = :scope";
      case NUMBER_USER -> " AND n.id = :scope";
      case BUSINESS_MOBILE -> " AND 1 = 0 AND :scope = :scope";
    };
  }

  /**
   * Native SQL from {@code FROM} to the scope's condition, for the numbers a bulk settings CSV
   * covers: the customer's ({@code :customer}) numbers {@code n} — of contract {@code c}, site
   * {@code s}, plan {@code p} — without 特定番号着信 (FDIS/NDIS), within the scope of a login of this
   * role ({@link #sqlCondition}); {@code joins} adds tables (empty: none). Further conditions start
   * with " AND".
   */
  public static String sqlBulkNumbers(SettingsRole role, String joins) {
    return " FROM ip_number n JOIN contract c ON c.id = n.contract_id"
        + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
        + joins
        + " WHERE c.customer_id = :customer AND NOT n.ao_specific_destination"
        + sqlCondition(role);
  }

  /**
   * The id the login's scope is bound to — its voice group, site or number — null when it has none
   * (the value of {@code :scope} in {@link #numberCondition}).
   */
  public static Long scopeId(SettingsSignIn me) {
    return switch (me.role()) {
      case VOICE_GROUP_ADMIN -> me.voiceGroupId();
      case SITE_ADMIN -> me.siteId();
      case NUMBER_USER -> me.ipNumberId();
      case BUSINESS_MOBILE -> null;
    };
  }
}
