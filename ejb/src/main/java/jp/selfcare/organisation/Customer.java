package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * 法人のお客さま: the company that holds contracts. Every other aggregate of the organisation hangs off a
 * customer, which is also the boundary no user may ever cross.
 */
@Entity
@Table(name = "customer")
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private CustomerNumber number;

  @Column(name = "contractor_name", nullable = false, length = 100)
  private String contractorName;

  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone;

  @Column(name = "mail_language", nullable = false, length = 2)
  private String mailLanguage = "ja";

  protected Customer() {}

  public Customer(CustomerNumber number, String contractorName, ZoneId timeZone) {
    this.number = Objects.requireNonNull(number);
    this.contractorName = Objects.requireNonNull(contractorName);
    this.timeZone = timeZone.getId();
  }

  public Long id() {
    return id;
  }

  public CustomerNumber number() {
    return number;
  }

  /** 契約者名. */
  public String contractorName() {
    return contractorName;
  }

  /** Time zone of the customer's schedules (scheduled forwarding); default Asia/Tokyo. */
  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  /** The language of the customer's mails until a user chooses their own (ja or en). */
  public Locale mailLanguage() {
    return Locale.forLanguageTag(mailLanguage);
  }

  /** A service order's change of the customer's name, time zone and mail language. */
  public void change(String contractorName, ZoneId timeZone, Locale mailLanguage) {
    this.contractorName = Objects.requireNonNull(contractorName);
    this.timeZone = timeZone.getId();
    this.mailLanguage = mailLanguage.getLanguage();
  }
}
