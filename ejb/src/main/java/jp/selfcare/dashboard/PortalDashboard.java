package jp.selfcare.dashboard;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.history.Operation;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.permission.Access;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.organisation.OperationalStatus;
import jp.selfcare.organisation.ServiceType;

/** What the calling portal user's dashboard shows, within their permissions. */
@Stateless
public class PortalDashboard {

  /** How many recent operations the dashboard lists. */
  public static final int RECENT = 5;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

  /** The services of the contracts the user may read, in the service menu's order. */
  public List<ServiceSummary> services() {
    PortalSignIn me = caller.requirePortal();
    Map<Long, Access> readable = me.administrator() ? null : access.readableContracts();
    Map<ServiceType, long[]> counts = new EnumMap<>(ServiceType.class);
    for (Object[] row :
        em.createQuery(
                "select c.id, c.service, c.operationalStatus from Contract c"
                    + " where c.customer.id = :customer",
                Object[].class)
            .setParameter("customer", me.customerId())
            .getResultList()) {
      Access granted = readable == null ? Access.READ_EDIT : readable.get((Long) row[0]);
      if (granted == null) {
        continue;
      }
      long[] c = counts.computeIfAbsent((ServiceType) row[1], s -> new long[3]);
      c[0]++;
      if (row[2] == OperationalStatus.FAULT) {
        c[1]++;
      }
      if (granted.canEdit()) {
        c[2]++;
      }
    }
    List<ServiceSummary> services = new ArrayList<>();
    counts.forEach((s, c) -> services.add(new ServiceSummary(s, c[0], c[1], c[2] > 0)));
    return services;
  }

  /** The user's own latest operations (downloads, settings changes, bulk jobs), newest first. */
  public List<Operation> recentOperations() {
    PortalSignIn me = caller.requirePortal();
    return em.createQuery(
            "select o from Operation o where o.customerId = :customer and o.account = :me"
                + " order by o.acceptedAt desc, o.id desc",
            Operation.class)
        .setParameter("customer", me.customerId())
        .setParameter("me", me.loginId())
        .setMaxResults(RECENT)
        .getResultList();
  }
}
