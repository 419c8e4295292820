package jp.selfcare.bulk.upload;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.bulk.csv.SettingsCsv.Parsed;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.events.NumbersChanged;
import jp.selfcare.forwarding.ForwardingRows;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.history.Progress;
import jp.selfcare.persistence.AnyOf;

/**
 * The upload job's work on a chunk of rows, in the chunk's transaction: each row is checked — its
 * shape, the number (exists, in the uploader's scope, not FDIS/NDIS, not on an earlier row) and
 * every rule of the settings site's 転送を設定する — and, unless the job is a dry run, a valid row that
 * changes something replaces the number's own setting. The row's outcome is written in the same
 * transaction, as the chunk's part of the result file; a row of a part already written (a restarted
 * chunk) is left alone. One {@link NumbersChanged} per chunk keeps the routing cache in step.
 */
@Stateless
public class BulkSettingsWork {

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Event<NumbersChanged> changes;

  /** Whose scope the rows must be in: the uploading login's. */
  public record Scope(long customerId, SettingsRole role, long scopeId) {}

  /** What is known of a number for the checks. */
  private record Target(
      long id,
      long customerId,
      long siteId,
      long voiceGroupId,
      boolean membersNet,
      boolean bulkForwarding,
      boolean messageBox,
      boolean specificDestination,
      boolean internationalSuspended) {}

  /** One row's outcome, written in the chunk's batch. */
  private record Outcome(Parsed row, List<String> errors, String change) {}

  /**
   * Checks and applies a chunk. {@code seen} holds the numbers of the file's earlier rows (the
   * writer keeps it across chunks — at most 100,000 numbers — and rebuilds it with {@link
   * #numbersSoFar} on a restart); this chunk's numbers are added. Every read and write is one
   * statement or one JDBC batch per chunk on the transaction's connection.
   */
  public void apply(
      long operationId,
      boolean dryRun,
      Scope scope,
      List<Parsed> rows,
      Set<String> seen,
      ResultRows result) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      List<Long> changed = apply(connection, operationId, dryRun, scope, rows, seen, result);
      if (!changed.isEmpty()) {
        changes.fire(
            new NumbersChanged(
                changed, "BULK_SETTINGS_UPLOAD", NumbersChanged.Part.FORWARDING, true));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("upload chunk of operation " + operationId + " failed", e);
    }
  }

  private List<Long> apply(
      Connection connection,
      long operationId,
      boolean dryRun,
      Scope scope,
      List<Parsed> rows,
      Set<String> seen,
      ResultRows result)
      throws SQLException {
    long done = linesDone(connection, operationId);
    Map<String, Target> targets = targets(connection, rows);
    ForwardingRows.Locked current =
        ForwardingRows.lockAndRead(connection, targets.values().stream().map(Target::id).toList());
    List<Outcome> outcomes = new ArrayList<>(rows.size());
    Map<Long, ForwardingSetting> replacements = new LinkedHashMap<>();
    for (Parsed row : rows) {
      if (row.line() <= done) {
        seen.add(row.number());
        continue;
      }
      List<String> errors = new ArrayList<>();
      String change = null;
      row.problems().forEach(p -> errors.add("row." + p.name()));
      Target target = targets.get(row.number());
      if (errors.isEmpty()) {
        if (target == null || !inScope(target, scope)) {
          errors.add("row.NOT_IN_SCOPE");
        } else if (target.specificDestination()) {
          errors.add("row.SPECIFIC_DESTINATION");
        } else if (seen.contains(row.number())) {
          errors.add("row.DUPLICATE");
        }
      }
      seen.add(row.number());
      ForwardingSetting now =
          target == null ? ForwardingSetting.NONE : current.setting(target.id());
      // a row that is the number's setting as it is (a downloaded file uploaded back) has nothing
      // to check and nothing to change — even where today's rules would refuse it as new
      List<String> before = SettingsCsv.row(row.number(), now);
      if (errors.isEmpty() && !unchanged(row, before)) {
        ForwardingSetting.Validation validation =
            ForwardingSetting.validate(row.form(), context(row.number(), target));
        validation.problems().forEach(p -> errors.add("rule." + p.name()));
        validation
            .listProblems()
            .forEach((list, p) -> errors.add("list:" + (list + 1) + ":destination." + p.name()));
        if (errors.isEmpty()) {
          change = difference(before, SettingsCsv.row(row.number(), validation.setting()));
          if (change != null && !dryRun) {
            replacements.put(target.id(), validation.setting());
          }
        }
      }
      outcomes.add(new Outcome(row, errors, change));
    }
    ForwardingRows.replace(connection, replacements, current);
    write(connection, operationId, outcomes, result);
    return new ArrayList<>(replacements.keySet());
  }

  /** The last line of the parts written so far (a restarted chunk skips up to it). */
  private static long linesDone(Connection connection, long operationId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT MAX(last_line) FROM bulk_upload_part WHERE operation_id = ?")) {
      select.setLong(1, operationId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** The numbers of the rows written so far (a restarted writer's memory of the file). */
  public Set<String> numbersSoFar(long operationId) {
    Set<String> numbers = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT numbers FROM bulk_upload_part WHERE operation_id = ?")) {
      select.setLong(1, operationId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rs.getString(1).lines().forEach(numbers::add);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("rows of operation " + operationId + " unreadable", e);
    }
    return numbers;
  }

  private static Map<String, Target> targets(Connection connection, List<Parsed> rows)
      throws SQLException {
    // only a row without problems of its own is checked against its number
    List<String> numbers =
        rows.stream().filter(r -> r.problems().isEmpty()).map(Parsed::number).distinct().toList();
    Map<String, Target> found = new HashMap<>();
    if (numbers.isEmpty()) {
      return found;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT n.number, n.id, c.customer_id, s.id, p.voice_group_id, n.ao_members_net,"
                + " n.ao_bulk_forwarding, n.ao_message_box, n.ao_specific_destination,"
                + " f.enabled FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
                + " LEFT JOIN number_feature f ON f.ip_number_id = n.id"
                + " AND f.feature = 'INTERNATIONAL_SUSPENSION'"
                + " WHERE n.number = ANY (?)")) {
      AnyOf.texts(select, 1, numbers);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          boolean suspended = r.getBoolean(10);
          if (r.wasNull()) {
            suspended = CallFeature.INTERNATIONAL_SUSPENSION.defaultOn();
          }
          found.put(
              r.getString(1),
              new Target(
                  r.getLong(2),
                  r.getLong(3),
                  r.getLong(4),
                  r.getLong(5),
                  r.getBoolean(6),
                  r.getBoolean(7),
                  r.getBoolean(8),
                  r.getBoolean(9),
                  suspended));
        }
      }
    }
    return found;
  }

  private static boolean inScope(Target target, Scope scope) {
    if (target.customerId() != scope.customerId()) {
      return false;
    }
    return switch (scope.role()) {
      case VOICE_GROUP_ADMIN -> target.voiceGroupId() == scope.scopeId();
      case SITE_ADMIN -> target.siteId() == scope.scopeId();
      default -> false;
    };
  }

  private static NumberContext context(String number, Target target) {
    return new NumberContext(
        number,
        target.membersNet(),
        target.internationalSuspended(),
        target.bulkForwarding(),
        target.messageBox());
  }

  /** Whether the row's columns are the number's setting as it is ({@code now}, as a row). */
  private static boolean unchanged(Parsed row, List<String> now) {
    for (int i = 1; i < now.size(); i++) {
      if (!now.get(i).equals(row.fields().get(i).strip())) {
        return false;
      }
    }
    return true;
  }

  /** The columns that change between two rows, "name: old → new", or null when none does. */
  static String difference(List<String> before, List<String> after) {
    List<String> changes = new ArrayList<>();
    for (int i = 1; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changes.add(SettingsCsv.HEADER.get(i) + ": " + before.get(i) + " → " + after.get(i));
      }
    }
    return changes.isEmpty() ? null : String.join("; ", changes);
  }

  /**
   * The chunk's part of the result file, its counts and its numbers, as one row (one insert per
   * chunk, however many lines).
   */
  private static void write(
      Connection connection, long operationId, List<Outcome> outcomes, ResultRows result)
      throws SQLException {
    if (outcomes.isEmpty()) {
      return;
    }
    StringWriter content = new StringWriter();
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(content);
    StringBuilder numbers = new StringBuilder();
    int ok = 0;
    int changed = 0;
    for (Outcome o : outcomes) {
      csv.writeRecord(result.row(o.row().line(), o.row().fields(), o.errors(), o.change()));
      numbers.append(o.row().number()).append('\n');
      if (o.errors().isEmpty()) {
        ok++;
        if (o.change() != null) {
          changed++;
        }
      }
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO bulk_upload_part (operation_id, first_line, last_line, ok_rows,"
                + " error_rows, changed_rows, numbers, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, operationId);
      insert.setLong(2, outcomes.get(0).row().line());
      insert.setLong(3, outcomes.get(outcomes.size() - 1).row().line());
      insert.setInt(4, ok);
      insert.setInt(5, outcomes.size() - ok);
      insert.setInt(6, changed);
      insert.setString(7, numbers.toString());
      insert.setString(8, content.toString());
      insert.executeUpdate();
    }
    Progress.advance(connection, operationId, outcomes.size());
  }
}
