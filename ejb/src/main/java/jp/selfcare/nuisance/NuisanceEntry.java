package jp.selfcare.nuisance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.persistence.NumberRows;

/** One blocked number of a number's 迷惑電話お断り list. */
@Entity
@Table(name = "nuisance_entry")
public class NuisanceEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ip_number_id", nullable = false)
  private long ipNumberId;

  @Column(name = "blocked_number", nullable = false, length = 11)
  private String blockedNumber;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected NuisanceEntry() {}

  NuisanceEntry(long ipNumberId, String blockedNumber, Instant registeredAt) {
    this.ipNumberId = ipNumberId;
    this.blockedNumber = blockedNumber;
    this.registeredAt = registeredAt;
  }

  public String blockedNumber() {
    return blockedNumber;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  /**
   * The blocked numbers of every number (ids null) or of the given ones, by number id, in one
   * statement (the routing cache's snapshots).
   */
  public static Map<Long, Set<String>> byNumber(EntityManager em, List<Long> ids) {
    Map<Long, Set<String>> blocked = new HashMap<>();
    for (Object[] r :
        NumberRows.select(
            em,
            "SELECT e.ip_number_id, e.blocked_number FROM nuisance_entry e",
            "e.ip_number_id",
            ids)) {
      blocked.computeIfAbsent(NumberRows.id(r[0]), k -> new HashSet<>()).add((String) r[1]);
    }
    return blocked;
  }
}
