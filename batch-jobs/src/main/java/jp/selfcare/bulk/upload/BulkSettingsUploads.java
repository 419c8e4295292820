package jp.selfcare.bulk.upload;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import jp.selfcare.bulk.csv.CsvRefusedException;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;
import jp.selfcare.identity.settings.NumberConditions;
import jp.selfcare.identity.settings.SettingsFunction;
import jp.selfcare.identity.settings.SettingsScope;
import jp.selfcare.identity.settings.SettingsSignIn;
import jp.selfcare.persistence.AnyOf;

/**
 * 一括設定アップロード: checks the file's shape (a file that is not such a CSV is refused here and starts no
 * job), keeps it with a running history entry and starts the job — to apply the rows, or as a dry
 * run only to check them. The page returns at once. An upload that applies holds its sites and
 * numbers (spec 30-settings-site.md §11) from acceptance until its entry finishes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkSettingsUploads {

  /**
   * Server property: files with more numbers are matched against the whole scope (see
   * numbersBySite); default 10,000.
   */
  static final String LOOK_UP_AT_MOST_PROPERTY = "selfcare.bulk.upload.look-up-at-most";

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @EJB private SettingsScope scope;

  @EJB private OperationHistory history;

  @EJB private ResultFileStore files;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Inject private Holds holds;

  @Inject private Clock clock;

  /**
   * Accepts an uploaded file.
   *
   * @return the history entry's id
   * @throws CsvRefusedException when the file is not a 一括設定 CSV (nothing recorded)
   */
  public long upload(Path file, String fileName, boolean dryRun, Locale language)
      throws IOException, CsvRefusedException {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    SettingsCsv.Shape shape = SettingsCsv.check(file);
    long operationId =
        context.getBusinessObject(BulkSettingsUploads.class).accept(shape, fileName, dryRun);
    try {
      keep(operationId, shape, file);
      Properties parameters = new Properties();
      parameters.setProperty(UploadJob.OPERATION_ID, Long.toString(operationId));
      parameters.setProperty(UploadJob.DRY_RUN, Boolean.toString(dryRun));
      parameters.setProperty(UploadJob.CHARSET, shape.charset().name());
      parameters.setProperty(UploadJob.LANGUAGE, "en".equals(language.getLanguage()) ? "en" : "ja");
      parameters.setProperty(UploadJob.CUSTOMER_ID, Long.toString(me.customerId()));
      parameters.setProperty(UploadJob.ROLE, me.role().name());
      Long scopeId = NumberConditions.scopeId(me);
      parameters.setProperty(UploadJob.SCOPE_ID, scopeId == null ? "-1" : scopeId.toString());
      String chunkSize = System.getProperty(UploadJob.CHUNK_SIZE_PROPERTY);
      if (chunkSize != null && chunkSize.matches("[1-9]\\d{0,5}")) {
        parameters.setProperty(UploadJob.CHUNK_SIZE, chunkSize);
      }
      JobOperator operator = BatchRuntime.getJobOperator();
      history.attachJob(operationId, operator.start(UploadJob.NAME, parameters));
    } catch (RuntimeException | SQLException e) {
      history.finish(operationId, OperationState.FAILED, "job not started: " + e.getMessage());
      throw new IllegalStateException("bulk settings upload not started", e);
    }
    return operationId;
  }

  /**
   * Records the running entry and — unless only checking, which changes nothing — holds every site
   * of the file's numbers in the login's scope with those numbers, in one transaction.
   *
   * @return the entry's id
   * @throws HoldConflictException while another account's operation holds a site or number of the
   *     file (nothing recorded, no job)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long accept(SettingsCsv.Shape shape, String fileName, boolean dryRun) {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    Operation entry =
        new Operation(
            dryRun ? OperationType.BULK_SETTINGS_CHECK : OperationType.BULK_SETTINGS_UPLOAD,
            me.customerId(),
            target(fileName, shape.rows()),
            me.loginId(),
            clock.instant());
    entry.expect(shape.rows());
    em.persist(entry);
    em.flush();
    if (!dryRun) {
      holds.acquireForEntry(
          OperationKind.BULK_UPLOAD,
          entry.id(),
          numbersBySite(me, shape.numbers()),
          me.customerId(),
          me.loginId(),
          Holds.BULK_JOB);
    }
    return entry.id();
  }

  /**
   * Of these numbers, the database ids of those in the login's scope, by site id. A large file is
   * matched against every number of the scope in memory (one scan: 23 ms for 98,000 numbers on
   * PostgreSQL) rather than looked up one by one ({@code = ANY}: 300–450 ms).
   */
  private Map<Long, List<Long>> numbersBySite(SettingsSignIn me, Set<String> numbers) {
    Map<Long, List<Long>> bySite = new HashMap<>();
    Long scopeId = NumberConditions.scopeId(me);
    if (numbers.isEmpty() || scopeId == null) {
      return bySite;
    }
    boolean scanScope = numbers.size() > Integer.getInteger(LOOK_UP_AT_MOST_PROPERTY, 10_000);
    String inScope =
        switch (me.role()) {
          case VOICE_GROUP_ADMIN -> "p.voice_group_id = ?";
          case SITE_ADMIN -> "s.id = ?";
          default -> "1 = 0 AND ? = 0";
        };
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT n.id, s.id, n.number FROM ip_number n"
                    + " JOIN contract c ON c.id = n.contract_id"
                    + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
                    + " WHERE c.customer_id = ? AND NOT n.ao_specific_destination AND "
                    + inScope
                    + (scanScope ? "" : " AND n.number = ANY (?)"))) {
      select.setLong(1, me.customerId());
      select.setLong(2, scopeId);
      if (!scanScope) {
        AnyOf.texts(select, 3, numbers);
      }
      select.setFetchSize(10_000);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          if (!scanScope || numbers.contains(r.getString(3))) {
            bySite.computeIfAbsent(r.getLong(2), site -> new ArrayList<>()).add(r.getLong(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the numbers of an upload", e);
    }
    return bySite;
  }

  /** An upload, check or download of the calling login, with its result file when done. */
  public record Line(
      long operationId,
      OperationType type,
      OperationState state,
      Instant acceptedAt,
      String target,
      String message,
      List<ResultFile> files)
      implements Serializable {}

  /** The calling login's newest uploads, checks and downloads, newest first. */
  public List<Line> recent(int limit) {
    SettingsSignIn me = scope.require(SettingsFunction.BULK_UPLOAD_DOWNLOAD);
    return em.createQuery(
            "select o from Operation o where o.customerId = :customer and o.account = :account"
                + " and o.type in :types order by o.acceptedAt desc, o.id desc",
            Operation.class)
        .setParameter("customer", me.customerId())
        .setParameter("account", me.loginId())
        .setParameter(
            "types",
            List.of(
                OperationType.BULK_SETTINGS_UPLOAD,
                OperationType.BULK_SETTINGS_CHECK,
                OperationType.BULK_SETTINGS_DOWNLOAD))
        .setMaxResults(limit)
        .getResultStream()
        .map(
            o ->
                new Line(
                    o.id(),
                    o.type(),
                    o.state(),
                    o.acceptedAt(),
                    o.target(),
                    o.message().orElse(null),
                    files.filesOf(o.id())))
        .toList();
  }

  private static String target(String fileName, int rows) {
    String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
    String target = name + " (" + rows + ")";
    return target.length() > 100 ? target.substring(target.length() - 100) : target;
  }

  private void keep(long operationId, SettingsCsv.Shape shape, Path file)
      throws SQLException, IOException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO bulk_upload_input (operation_id, charset, content) VALUES (?, ?, ?)");
        InputStream in = Files.newInputStream(file)) {
      insert.setLong(1, operationId);
      insert.setString(2, shape.charset().name());
      insert.setBinaryStream(3, in, Files.size(file));
      insert.executeUpdate();
    }
  }
}
