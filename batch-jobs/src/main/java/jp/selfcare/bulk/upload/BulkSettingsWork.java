package jp.selfcare.bulk.upload;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.bulk.csv.SettingsCsv.Parsed;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.callfeature.FeatureSwitch;
import jp.selfcare.change.NumbersChanged;
import jp.selfcare.forwarding.ForwardingFacts;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.identity.settings.SettingsRole;

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
      boolean specificDestination) {}

  public void apply(long operationId, boolean dryRun, Scope scope, List<Parsed> rows) {
    Map<String, Target> targets = targets(rows);
    Set<String> seen = new HashSet<>();
    List<Long> changed = new ArrayList<>();
    for (Parsed row : rows) {
      if (written(operationId, row.line())) {
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
        } else if (seen.contains(row.number()) || earlier(operationId, row)) {
          errors.add("row.DUPLICATE");
        }
      }
      if (errors.isEmpty() && unchanged(row, ForwardingFacts.ownSetting(em, target.id()))) {
        // the row is the number's setting as it is (a downloaded file uploaded back): nothing to
        // check, nothing to change — even where today's rules would refuse that setting as new
        seen.add(row.number());
        write(operationId, row, errors, null);
        continue;
      }
      if (errors.isEmpty()) {
        ForwardingSetting.Validation validation =
            ForwardingSetting.validate(row.form(), context(row.number(), target));
        validation.problems().forEach(p -> errors.add("rule." + p.name()));
        validation
            .listProblems()
            .forEach((list, p) -> errors.add("list:" + (list + 1) + ":destination." + p.name()));
        if (errors.isEmpty()) {
          ForwardingSetting current = ForwardingFacts.ownSetting(em, target.id());
          change = difference(row.number(), current, validation.setting());
          if (change != null && !dryRun) {
            ForwardingFacts.replace(em, target.id(), validation.setting());
            changed.add(target.id());
          }
        }
      }
      seen.add(row.number());
      write(operationId, row, errors, change);
    }
    if (!changed.isEmpty()) {
      em.flush();
      changes.fire(new NumbersChanged(changed, "BULK_SETTINGS_UPLOAD"));
    }
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
                    + " n.ao_bulk_forwarding, n.ao_message_box, n.ao_specific_destination"
                    + " FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                    + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
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
              (Boolean) r[8]));
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

  private NumberContext context(String number, Target target) {
    return new NumberContext(
        number,
        target.membersNet(),
        FeatureSwitch.isOn(em, target.id(), CallFeature.INTERNATIONAL_SUSPENSION),
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

  private boolean written(long operationId, long line) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM bulk_upload_row WHERE operation_id = ?1 AND line = ?2")
                    .setParameter(1, operationId)
                    .setParameter(2, line)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private boolean earlier(long operationId, Parsed row) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM bulk_upload_row WHERE operation_id = ?1"
                            + " AND number = ?2 AND line < ?3")
                    .setParameter(1, operationId)
                    .setParameter(2, row.number())
                    .setParameter(3, row.line())
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private void write(long operationId, Parsed row, List<String> errors, String change) {
    StringWriter fields = new StringWriter();
    CsvWriter csv = CsvWriter.builder().build(fields);
    csv.writeRecord(row.fields());
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String encoded = fields.toString().stripTrailing();
    jakarta.persistence.Query insert =
        em.createNativeQuery(
                "INSERT INTO bulk_upload_row (operation_id, line, number, fields, ok, error, change)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .setParameter(1, operationId)
            .setParameter(2, row.line())
            .setParameter(3, truncate(row.number(), 40))
            .setParameter(4, truncate(encoded, 4000))
            .setParameter(5, errors.isEmpty())
            .setParameter(6, truncate(String.join("|", errors), 1000))
            .setParameter(7, change == null ? "" : truncate(change, 1000));
    insert.executeUpdate();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
