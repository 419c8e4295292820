package jp.selfcare.mobile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A mobile user of a Business Mobile contract: current until deleted. */
@Entity
@Table(name = "mobile_user")
public class MobileUser {

  /** Deletion is refused within this many days after registration (最低利用期間). */
  public static final int MINIMUM_DAYS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private long contractId;

  @Column(name = "user_name", nullable = false, length = 40)
  private String name;

  @Column(name = "mobile_number", nullable = false, length = 11)
  private String number;

  @Column(name = "international_restricted", nullable = false)
  private boolean internationalRestricted;

  @Column(name = "registered_on", nullable = false)
  private LocalDate registeredOn;

  @Column(name = "deleted_on")
  private LocalDate deletedOn;

  @Version private long version;

  protected MobileUser() {}

  MobileUser(
      long contractId, String name, String number, boolean restricted, LocalDate registeredOn) {
    this.contractId = contractId;
    this.name = name;
    this.number = number;
    this.internationalRestricted = restricted;
    this.registeredOn = registeredOn;
  }

  /** Whether the minimum period has passed on this day (registered 30 or more days before). */
  public boolean deletableOn(LocalDate today) {
    return !today.isBefore(registeredOn.plusDays(MINIMUM_DAYS));
  }

  void rename(String newName) {
    this.name = newName;
  }

  void restrictInternational(boolean restricted) {
    this.internationalRestricted = restricted;
  }

  void delete(LocalDate today) {
    this.deletedOn = today;
  }

  public Long id() {
    return id;
  }

  public long contractId() {
    return contractId;
  }

  public String name() {
    return name;
  }

  public String number() {
    return number;
  }

  public boolean internationalRestricted() {
    return internationalRestricted;
  }

  public LocalDate registeredOn() {
    return registeredOn;
  }

  public LocalDate deletedOn() {
    return deletedOn;
  }

  public boolean current() {
    return deletedOn == null;
  }
}
