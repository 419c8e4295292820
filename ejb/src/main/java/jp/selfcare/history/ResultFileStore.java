package jp.selfcare.history;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalSignIn;

/**
 * Result files in the database. Content goes in and out as streams through JDBC, never as an entity
 * attribute, so a large file is not held in the persistence context.
 */
@Stateless
public class ResultFileStore {

  private static final String COLUMNS =
      "id, operation_id, file_name, content_type, size_bytes, created_at";

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Clock clock;

  @Inject private Caller caller;

  @EJB private SettingsScope scope;

  /**
   * Stores a file for an operation, replacing one of the same name (a restarted job stores its
   * files again without leaving duplicates).
   */
  public void store(long operationId, String fileName, String contentType, Path content) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM result_file WHERE operation_id = ? AND file_name = ?")) {
        delete.setLong(1, operationId);
        delete.setString(2, fileName);
        delete.executeUpdate();
      }
      long size = Files.size(content);
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO result_file (operation_id, file_name, content_type, size_bytes,"
                      + " created_at, content) VALUES (?, ?, ?, ?, ?, ?)");
          InputStream in = Files.newInputStream(content)) {
        insert.setLong(1, operationId);
        insert.setString(2, fileName);
        insert.setString(3, contentType);
        insert.setLong(4, size);
        insert.setTimestamp(5, Timestamp.from(clock.instant()));
        insert.setBinaryStream(6, in, size);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store result file " + fileName, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files of an operation, by name. */
  public List<ResultFile> filesOf(long operationId) {
    List<ResultFile> files = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM result_file WHERE operation_id = ? ORDER BY file_name")) {
      s.setLong(1, operationId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          files.add(read(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list result files", e);
    }
    return files;
  }

  /**
   * The file's metadata, if the calling portal user may see its operation: administrators every
   * operation of their customer, other users their own; otherwise empty, as if missing.
   */
  public Optional<ResultFile> visibleToCaller(long fileId) {
    if (caller.portal().isPresent()) {
      return visibleToPortal(fileId, caller.requirePortal());
    }
    if (caller.billing().isPresent()) {
      return visibleToMember(fileId, caller.requireBilling().memberId());
    }
    return caller.settings().isPresent() ? visibleToSettings(fileId) : Optional.empty();
  }

  /** A Web Billing member sees the files of its own documents only. */
  private Optional<ResultFile> visibleToMember(long fileId, long memberId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT f.id, f.operation_id, f.file_name, f.content_type, f.size_bytes, f.created_at"
                    + " FROM result_file f JOIN operation o ON o.id = f.operation_id"
                    + " WHERE f.id = ? AND o.account = ?")) {
      s.setLong(1, fileId);
      s.setString(2, jp.selfcare.webbilling.MemberDocuments.account(memberId));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read result file " + fileId, e);
    }
  }

  private Optional<ResultFile> visibleToPortal(long fileId, PortalSignIn me) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT f.id, f.operation_id, f.file_name, f.content_type, f.size_bytes, f.created_at"
                    + " FROM result_file f JOIN operation o ON o.id = f.operation_id"
                    + " WHERE f.id = ? AND o.customer_id = ? AND (? OR o.account = ?)")) {
      s.setLong(1, fileId);
      s.setLong(2, me.customerId());
      s.setBoolean(3, me.administrator());
      s.setString(4, me.loginId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read result file " + fileId, e);
    }
  }

  /**
   * A settings login sees the files of bulk forwarding operations on a site in its scope (the
   * settings history's rule for site operations) and of its own bulk settings uploads and
   * downloads.
   */
  private Optional<ResultFile> visibleToSettings(long fileId) {
    SettingsSignIn me = caller.requireSettings();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT f.id, f.operation_id, f.file_name, f.content_type, f.size_bytes,"
                    + " f.created_at, o.site_id, o.account, o.operation_type FROM result_file f"
                    + " JOIN operation o ON o.id = f.operation_id"
                    + " WHERE f.id = ? AND o.customer_id = ?")) {
      s.setLong(1, fileId);
      s.setLong(2, me.customerId());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ResultFile file = read(rs);
        long siteId = rs.getLong("site_id");
        if (!rs.wasNull()) {
          try {
            scope.requireSite(SettingsFunction.BULK_FORWARDING, siteId);
            return Optional.of(file);
          } catch (NotAllowedException e) {
            return Optional.empty();
          }
        }
        boolean ownBulkSettings =
            rs.getString("operation_type").startsWith("BULK_SETTINGS_")
                && me.loginId().equals(rs.getString("account"));
        return ownBulkSettings ? Optional.of(file) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read result file " + fileId, e);
    }
  }

  /** Copies the content of a file visible to the caller to {@code out}. */
  public void copyContent(long fileId, OutputStream out) {
    if (visibleToCaller(fileId).isEmpty()) {
      throw new IllegalArgumentException("no result file " + fileId);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT content FROM result_file WHERE id = ?")) {
      s.setLong(1, fileId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no result file " + fileId);
        }
        try (InputStream in = rs.getBinaryStream(1)) {
          in.transferTo(out);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read result file " + fileId, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResultFile read(ResultSet rs) throws SQLException {
    return new ResultFile(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getTimestamp(6).toInstant());
  }
}
