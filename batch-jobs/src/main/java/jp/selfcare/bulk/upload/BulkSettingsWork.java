package jp.selfcare.bulk.upload;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.bulk.csv.SettingsCsv.Parsed;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.change.NumbersChanged;
import jp.selfcare.forwarding.ForwardingFacts;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.identity.settings.SettingsRole;
import org.hibernate.Session;

/**
 * The upload job's work on a chunk of rows, in the chunk's transaction: each row is checked — its
 * shape, the number (exists, in the uploader's scope, not FDIS/NDIS, not on an earlier row) and
 * every rule of the settings site's 転送を設定する — and, unless the job is a dry run, a valid row that
 * changes something replaces the number's own setting. The row's outcome is written in the same
 * transaction; a row already written (a restarted chunk) is left alone. One {@link NumbersChanged}
 * per chunk keeps the routing cache in step.
 */
@Stateless
public class BulkSettingsWork {

  @PersistenceContext private EntityManager em;

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
   * #numbersSoFar} on a restart); this chunk's numbers are added.
   */
  public void apply(
      long operationId, boolean dryRun, Scope scope, List<Parsed> rows, Set<String> seen) {
    if (rows.isEmpty()) {
      return;
    }
    long first = rows.get(0).line();
    Set<Long> written = writtenLines(operationId, first, rows.get(rows.size() - 1).line());
    Map<String, Target> targets = targets(rows);
    Map<Long, ForwardingSetting> current =
        ForwardingFacts.ownSettings(em, targets.values().stream().map(Target::id).toList());
    List<Outcome> outcomes = new ArrayList<>(rows.size());
    List<Long> changed = new ArrayList<>();
    for (Parsed row : rows) {
      if (written.contains(row.line())) {
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
          target == null
              ? ForwardingSetting.NONE
              : current.getOrDefault(target.id(), ForwardingSetting.NONE);
      // a row that is the number's setting as it is (a downloaded file uploaded back) has nothing
      // to check and nothing to change — even where today's rules would refuse it as new
      if (errors.isEmpty() && !unchanged(row, now)) {
        ForwardingSetting.Validation validation =
            ForwardingSetting.validate(row.form(), context(row.number(), target));
        validation.problems().forEach(p -> errors.add("rule." + p.name()));
        validation
            .listProblems()
            .forEach((list, p) -> errors.add("list:" + (list + 1) + ":destination." + p.name()));
        if (errors.isEmpty()) {
          change = difference(row.number(), now, validation.setting());
          if (change != null && !dryRun) {
            ForwardingFacts.replace(em, target.id(), validation.setting());
            changed.add(target.id());
          }
        }
      }
      outcomes.add(new Outcome(row, errors, change));
    }
    em.flush();
    write(operationId, outcomes);
    if (!changed.isEmpty()) {
      changes.fire(new NumbersChanged(changed, "BULK_SETTINGS_UPLOAD"));
    }
  }

  private Set<Long> writtenLines(long operationId, long from, long to) {
    @SuppressWarnings("unchecked")
    List<Number> lines =
        em.createNativeQuery(
                "SELECT line FROM bulk_upload_row WHERE operation_id = ?1"
                    + " AND line BETWEEN ?2 AND ?3")
            .setParameter(1, operationId)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList();
    Set<Long> found = new HashSet<>();
    lines.forEach(l -> found.add(l.longValue()));
    return found;
  }

  /** The numbers of the rows written so far (a restarted writer's memory of the file). */
  public Set<String> numbersSoFar(long operationId) {
    @SuppressWarnings("unchecked")
    List<String> numbers =
        em.createNativeQuery("SELECT number FROM bulk_upload_row WHERE operation_id = ?1")
            .setParameter(1, operationId)
            .getResultList();
    return new HashSet<>(numbers);
  }

  private Map<String, Target> targets(List<Parsed> rows) {
    List<String> numbers =
        rows.stream().map(Parsed::number).filter(n -> n.matches("\\d{10,11}")).distinct().toList();
    Map<String, Target> found = new HashMap<>();
    if (numbers.isEmpty()) {
      return found;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> result =
        em.createNativeQuery(
                "SELECT n.number, n.id, c.customer_id, s.id, p.voice_group_id, n.ao_members_net,"
                    + " n.ao_bulk_forwarding, n.ao_message_box, n.ao_specific_destination,"
                    + " f.enabled FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                    + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
                    + " LEFT JOIN number_feature f ON f.ip_number_id = n.id"
                    + " AND f.feature = 'INTERNATIONAL_SUSPENSION'"
                    + " WHERE n.number IN (?1)")
            .setParameter(1, numbers)
            .getResultList();
    for (Object[] r : result) {
      found.put(
          (String) r[0],
          new Target(
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              (Boolean) r[5],
              (Boolean) r[6],
              (Boolean) r[7],
              (Boolean) r[8],
              r[9] == null ? CallFeature.INTERNATIONAL_SUSPENSION.defaultOn() : (Boolean) r[9]));
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

  private static boolean unchanged(Parsed row, ForwardingSetting current) {
    List<String> now = SettingsCsv.row(row.number(), current);
    for (int i = 1; i < now.size(); i++) {
      if (!now.get(i).equals(row.fields().get(i).strip())) {
        return false;
      }
    }
    return true;
  }

  /** The columns that change, "name: old → new", or null when nothing does. */
  static String difference(String number, ForwardingSetting from, ForwardingSetting to) {
    List<String> before = SettingsCsv.row(number, from);
    List<String> after = SettingsCsv.row(number, to);
    List<String> changes = new ArrayList<>();
    for (int i = 1; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changes.add(SettingsCsv.HEADER.get(i) + ": " + before.get(i) + " → " + after.get(i));
      }
    }
    return changes.isEmpty() ? null : String.join("; ", changes);
  }

  /** The chunk's outcome rows in one JDBC batch on the persistence context's connection. */
  private void write(long operationId, List<Outcome> outcomes) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO bulk_upload_row (operation_id, line, number, fields, ok,"
                          + " error, change) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Outcome o : outcomes) {
                  insert.setLong(1, operationId);
                  insert.setLong(2, o.row().line());
                  insert.setString(3, truncate(o.row().number(), 40));
                  insert.setString(4, truncate(encode(o.row().fields()), 4000));
                  insert.setBoolean(5, o.errors().isEmpty());
                  insert.setString(6, truncate(String.join("|", o.errors()), 1000));
                  insert.setString(7, o.change() == null ? "" : truncate(o.change(), 1000));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  private static String encode(List<String> fields) {
    StringWriter out = new StringWriter();
    CsvWriter csv = CsvWriter.builder().build(out);
    csv.writeRecord(fields);
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString().stripTrailing();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
