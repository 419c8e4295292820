package jp.selfcare.bulk.download;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.batch.JobScope;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.forwarding.ForwardingRows;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.hold.HeldNumber;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.persistence.Pages;

/**
 * 一括設定ダウンロード: the search (site ID, part of the number) over the numbers in the login's scope, and
 * the request for a download of the numbers selected in it — or of every number matching it (the
 * screen's "select all") — which records the request and starts the job; also the job's keyset
 * reads. FDIS/NDIS numbers are left out: their forwarding is not set in bulk, so the file uploads
 * back without errors.
 */
@Stateless
public class BulkSettingsDownloads {

  /** Largest page the search answers. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @EJB private SettingsScope scope;

  @EJB private OperationHistory history;

  @Resource private SessionContext context;

  @Inject private Holds holds;

  /** One number's row source. */
  public record Line(String number, ForwardingSetting setting) {}

  /** A number the search found, with its site. */
  public record Found(String siteId, String number) implements Serializable {}

  /** The search's conditions as the job's reads use them. */
  private record Search(
      long customerId, SettingsRole role, long scopeId, String site, String part, long selectedBy) {

    static Search of(SettingsSignIn me, String siteCode, String numberPart, long selectedBy) {
      Long scopeId = NumberConditions.scopeId(me);
      return new Search(
          me.customerId(),
          me.role(),
          scopeId == null ? -1 : scopeId,
          siteCode == null ? "" : siteCode.strip(),
          numberPart == null ? "" : numberPart.replace("-", "").strip(),
          selectedBy);
    }
  }

  /** The numbers in scope matching the search, by number. */
  public List<Found> search(String siteCode, String numberPart, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    jakarta.persistence.Query q =
        query("SELECT s.site_code, n.number", Search.of(me, siteCode, numberPart, -1), "")
            .setFirstResult(first)
            .setMaxResults(size);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(r -> new Found((String) r[0], (String) r[1])).toList();
  }

  /** How many numbers in scope match the search. */
  public long count(String siteCode, String numberPart) {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    return count(Search.of(me, siteCode, numberPart, -1), null);
  }

  /** Records the request for every number matching the search and starts the job. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long request(String siteCode, String numberPart) {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    Search search = Search.of(me, siteCode, numberPart, -1);
    return start(me, search, List.of(), count(search, null));
  }

  /**
   * Records the request for the selected numbers and starts the job.
   *
   * @throws IllegalArgumentException when nothing or more than 100,000 numbers are selected
   * @throws NotAllowedException when a selected number is not one the search finds in the login's
   *     scope (nothing recorded)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long request(String siteCode, String numberPart, Collection<String> numbers) {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    Set<String> selected = new TreeSet<>();
    numbers.forEach(n -> selected.add(n.replace("-", "").strip()));
    if (selected.isEmpty() || selected.size() > SettingsCsv.MAX_ROWS) {
      throw new IllegalArgumentException("select 1-" + SettingsCsv.MAX_ROWS + " numbers");
    }
    Search search = Search.of(me, siteCode, numberPart, -1);
    if (countAmong(search, selected) != selected.size()) {
      throw new NotAllowedException("a selected number is not in the search within the scope");
    }
    return start(me, search, selected, selected.size());
  }

  private long start(SettingsSignIn me, Search search, Collection<String> selected, long rows) {
    long operationId =
        context
            .getBusinessObject(BulkSettingsDownloads.class)
            .accept(search.site(), search.part(), selected, rows);
    try {
      Properties parameters = new Properties();
      parameters.setProperty(DownloadJob.OPERATION_ID, Long.toString(operationId));
      JobScope.write(parameters, search.customerId(), search.role(), search.scopeId());
      parameters.setProperty(DownloadJob.SITE, search.site());
      parameters.setProperty(DownloadJob.NUMBER_PART, search.part());
      parameters.setProperty(DownloadJob.SELECTED, Boolean.toString(!selected.isEmpty()));
      JobOperator operator = BatchRuntime.getJobOperator();
      history.attachJob(operationId, operator.start(DownloadJob.NAME, parameters));
    } catch (RuntimeException e) {
      history.finish(operationId, OperationState.FAILED, "job not started: " + e.getMessage());
      throw new IllegalStateException("bulk settings download not started", e);
    }
    return operationId;
  }

  /**
   * Records the running entry with its selection (none: every number of the search) and holds every
   * site of the numbers to download with those numbers, in one transaction.
   *
   * @return the entry's id
   * @throws HoldConflictException while another account's operation holds a site or number of the
   *     download (nothing recorded, no job)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long accept(String siteCode, String numberPart, Collection<String> selected, long rows) {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    Search search = Search.of(me, siteCode, numberPart, -1);
    long operationId =
        history.record(
            OperationType.BULK_SETTINGS_DOWNLOAD,
            me.customerId(),
            (search.site().isEmpty() ? "*" : search.site())
                + " "
                + (search.part().isEmpty() ? "*" : search.part())
                + (selected.isEmpty() ? "" : " (" + selected.size() + ")"),
            me.loginId(),
            (int) rows);
    keep(operationId, selected);
    Search held = Search.of(me, siteCode, numberPart, selected.isEmpty() ? -1 : operationId);
    @SuppressWarnings("unchecked")
    List<Object[]> numbers = query("SELECT n.id, s.id", held, null).getResultList();
    holds.acquireForEntry(
        OperationKind.BULK_DOWNLOAD,
        operationId,
        numbers.stream().map(HeldNumber::of).toList(),
        me.customerId(),
        me.loginId(),
        Holds.BULK_JOB);
    return operationId;
  }

  /** The selection with the operation, in one batch (no rows: every number of the search). */
  private void keep(long operationId, Collection<String> selected) {
    if (selected.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO bulk_download_number (operation_id, number) VALUES (?, ?)")) {
      for (String number : selected) {
        insert.setLong(1, operationId);
        insert.setString(2, number);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("keeping the selection of download " + operationId, e);
    }
  }

  /** How many of the given numbers the search finds. */
  private long countAmong(Search search, Set<String> numbers) {
    long found = 0;
    List<String> all = List.copyOf(numbers);
    for (int from = 0; from < all.size(); from += 1000) {
      List<String> slice = all.subList(from, Math.min(all.size(), from + 1000));
      found += count(search, slice);
    }
    return found;
  }

  /** How many numbers the search finds (among the given ones only, when not null). */
  private long count(Search search, List<String> among) {
    return ((Number) query("SELECT COUNT(*)", search, null, among).getSingleResult()).longValue();
  }

  /** The next numbers after {@code after} (by number) with their own settings. */
  public List<Line> page(
      long customerId,
      SettingsRole role,
      long scopeId,
      String site,
      String part,
      long selectedBy,
      String after,
      int limit) {
    jakarta.persistence.Query q =
        query(
                "SELECT n.number, " + ForwardingRows.columns("f."),
                new Search(customerId, role, scopeId, site, part, selectedBy),
                after)
            .setMaxResults(limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<Line> lines = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      lines.add(new Line((String) r[0], ForwardingRows.setting(r, 1)));
    }
    return lines;
  }

  /**
   * The search's query: the numbers of the customer in the scope (no FDIS/NDIS), matching site ID
   * and part of the number, among the operation's selection when {@code selectedBy} is one; ordered
   * by number after {@code after} (null: unordered, for a count).
   */
  private jakarta.persistence.Query query(String select, Search search, String after) {
    return query(select, search, after, null);
  }

  /** {@link #query(String, Search, String)} among the given numbers only (null: any). */
  private jakarta.persistence.Query query(
      String select, Search search, String after, List<String> among) {
    StringBuilder sql =
        new StringBuilder(select)
            .append(
                NumberConditions.sqlBulkNumbers(
                    search.role(), " LEFT JOIN forwarding_setting f ON f.ip_number_id = n.id"));
    if (!search.site().isEmpty()) {
      sql.append(" AND s.site_code = :site");
    }
    if (!search.part().isEmpty()) {
      sql.append(" AND n.number LIKE :part");
    }
    if (search.selectedBy() >= 0) {
      sql.append(
          " AND n.number IN (SELECT d.number FROM bulk_download_number d"
              + " WHERE d.operation_id = :selectedBy)");
    }
    if (among != null) {
      sql.append(" AND n.number IN (:among)");
    }
    if (after != null) {
      sql.append(" AND n.number > :after ORDER BY n.number");
    }
    jakarta.persistence.Query q =
        em.createNativeQuery(sql.toString())
            .setParameter("customer", search.customerId())
            .setParameter("scope", search.scopeId());
    if (!search.site().isEmpty()) {
      q.setParameter("site", search.site());
    }
    if (!search.part().isEmpty()) {
      q.setParameter("part", "%" + search.part() + "%");
    }
    if (search.selectedBy() >= 0) {
      q.setParameter("selectedBy", search.selectedBy());
    }
    if (among != null) {
      q.setParameter("among", among);
    }
    if (after != null) {
      q.setParameter("after", after);
    }
    return q;
  }
}
