package jp.selfcare.bulk.download;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.identity.settings.NumberConditions;
import jp.selfcare.identity.settings.SettingsFunction;
import jp.selfcare.identity.settings.SettingsRole;
import jp.selfcare.identity.settings.SettingsScope;
import jp.selfcare.identity.settings.SettingsSignIn;

/**
 * 一括設定ダウンロード: records the request for the numbers in the login's scope that match the search (site
 * ID, part of the number; all of them — the "select all" of the screen) and starts the job; also
 * the job's keyset reads. FDIS/NDIS numbers are left out: their forwarding is not set in bulk, so
 * the file uploads back without errors.
 */
@Stateless
public class BulkSettingsDownloads {

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  @EJB private OperationHistory history;

  /** One number's row source. */
  public record Line(String number, ForwardingSetting setting) {}

  /** Records the request and starts the job; the history entry's id. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long request(String siteCode, String numberPart) {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    String site = siteCode == null ? "" : siteCode.strip();
    String part = numberPart == null ? "" : numberPart.replace("-", "").strip();
    long operationId =
        history.open(
            OperationType.BULK_SETTINGS_DOWNLOAD,
            me.customerId(),
            (site.isEmpty() ? "*" : site) + " " + (part.isEmpty() ? "*" : part),
            me.loginId());
    Properties parameters = new Properties();
    parameters.setProperty(DownloadJob.OPERATION_ID, Long.toString(operationId));
    parameters.setProperty(DownloadJob.CUSTOMER_ID, Long.toString(me.customerId()));
    parameters.setProperty(DownloadJob.ROLE, me.role().name());
    Long scopeId = NumberConditions.scopeId(me);
    parameters.setProperty(DownloadJob.SCOPE_ID, scopeId == null ? "-1" : scopeId.toString());
    parameters.setProperty(DownloadJob.SITE, site);
    parameters.setProperty(DownloadJob.NUMBER_PART, part);
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      history.attachJob(operationId, operator.start(DownloadJob.NAME, parameters));
    } catch (RuntimeException e) {
      history.finish(operationId, OperationState.FAILED, "job not started: " + e.getMessage());
      throw e;
    }
    return operationId;
  }

  /** The next numbers after {@code after} (by number) with their own settings. */
  public List<Line> page(
      long customerId,
      SettingsRole role,
      long scopeId,
      String site,
      String part,
      String after,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT n.number, f.forward, f.unconditional, f.busy, f.no_answer, f.unreachable,"
                + " f.ring_seconds, f.list1, f.list2, f.list3, f.list4, f.list5, f.target"
                + " FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
                + " LEFT JOIN forwarding_setting f ON f.ip_number_id = n.id"
                + " WHERE c.customer_id = ?1 AND NOT n.ao_specific_destination AND n.number > ?2");
    sql.append(
        switch (role) {
          case VOICE_GROUP_ADMIN -> " AND p.voice_group_id = ?3";
          case SITE_ADMIN -> " AND s.id = ?3";
          default -> " AND 1 = 0 AND ?3 = ?3";
        });
    if (!site.isEmpty()) {
      sql.append(" AND s.site_code = ?4");
    }
    if (!part.isEmpty()) {
      sql.append(" AND n.number LIKE ?5");
    }
    sql.append(" ORDER BY n.number");
    jakarta.persistence.Query q =
        em.createNativeQuery(sql.toString())
            .setParameter(1, customerId)
            .setParameter(2, after)
            .setParameter(3, scopeId);
    if (!site.isEmpty()) {
      q.setParameter(4, site);
    }
    if (!part.isEmpty()) {
      q.setParameter(5, "%" + part + "%");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(limit).getResultList();
    List<Line> lines = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      lines.add(new Line((String) r[0], setting(r)));
    }
    return lines;
  }

  private static ForwardingSetting setting(Object[] r) {
    if (r[1] == null) {
      return ForwardingSetting.NONE;
    }
    return new ForwardingSetting(
        (Boolean) r[1],
        (Boolean) r[2],
        (Boolean) r[3],
        (Boolean) r[4],
        (Boolean) r[5],
        r[6] == null ? null : ((Number) r[6]).intValue(),
        List.of((String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11]),
        r[12] == null ? null : ForwardingTarget.valueOf((String) r[12]));
  }
}
