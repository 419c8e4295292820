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
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.batch.JobScope;
import jp.selfcare.bulk.csv.CsvRefusedException;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.history.JobCounts;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.hold.HeldNumber;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;

/**
 * 一括設定アップロード: checks the file's shape (a file that is not such a CSV is refused here and starts no
 * job), keeps it with a running history entry and starts the job — to apply the rows, or as a dry
 * run only to check them. The page returns at once. An upload that applies holds its sites and
 * numbers (spec 30-settings-site.md §11) from acceptance until its entry finishes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkSettingsUploads {

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @EJB private SettingsScope scope;

  @EJB private OperationHistory history;

  @EJB private ResultFileStore files;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Inject private Holds holds;

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
      JobScope.write(parameters, me.customerId(), me.role(), NumberConditions.scopeId(me));
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
    long operationId =
        history.record(
            dryRun ? OperationType.BULK_SETTINGS_CHECK : OperationType.BULK_SETTINGS_UPLOAD,
            me.customerId(),
            target(fileName, shape.rows()),
            me.loginId(),
            shape.rows());
    if (!dryRun) {
      holds.acquireForEntry(
          OperationKind.BULK_UPLOAD,
          operationId,
          inScope(me, shape.numbers()),
          me.customerId(),
          me.loginId(),
          Holds.BULK_JOB);
    }
    return operationId;
  }

  /**
   * Of these numbers, those in the login's scope with their sites: one read of the scope's numbers,
   * matched in memory (23 ms for 98,000 numbers on PostgreSQL, where looking each one up by index
   * took 300–450 ms; a small file in a large scope reads more rows than it needs, a few tens of
   * milliseconds).
   */
  private List<HeldNumber> inScope(SettingsSignIn me, Set<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    Long scopeId = NumberConditions.scopeId(me);
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows =
        em.createNativeQuery(
                "SELECT n.id, s.id AS site, n.number"
                    + NumberConditions.sqlBulkNumbers(me.role(), ""))
            .setParameter("customer", me.customerId())
            .setParameter("scope", scopeId == null ? -1L : scopeId)
            .setHint("org.hibernate.fetchSize", 10_000)
            .getResultStream();
    try (rows) {
      return rows.filter(r -> numbers.contains((String) r[2])).map(HeldNumber::of).toList();
    }
  }

  /** An upload, check or download of the calling login, with its result file when done. */
  public record Line(
      long operationId,
      OperationType type,
      OperationState state,
      Instant acceptedAt,
      String target,
      String message,
      JobCounts counts,
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
                    o.counts().orElse(null),
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
