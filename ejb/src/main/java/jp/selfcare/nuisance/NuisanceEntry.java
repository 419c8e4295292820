package jp.selfcare.nuisance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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
}
