package jp.selfcare.organisation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;

/**
 * 契約: one access line of a site (IP Voice) or one service contract of the customer (Business
 * Mobile). Telephone numbers hang off IP Voice contracts; the memo is the customer's own note and
 * the only field the customer edits directly.
 */
@Entity
@Table(name = "contract")
public class Contract {

  /** Longest memo the contracts list stores. */
  public static final int MEMO_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private ContractNumber number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  /** Empty for services that are not installed at a site (Business Mobile). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @Enumerated(EnumType.STRING)
  @Column(name = "service", nullable = false, length = 20)
  private ServiceType service;

  @Column(name = "channel_count", nullable = false)
  private int channelCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "operational_status", nullable = false, length = 10)
  private OperationalStatus operationalStatus = OperationalStatus.NORMAL;

  @Column(name = "memo", length = MEMO_MAX)
  private String memo;

  /** The related Universal One access-line contract (関連情報). */
  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "access_line_contract", length = 10))
  private ContractNumber accessLine;

  @Embedded private MobileContractId mobileContractId;

  @Version private long version;

  protected Contract() {}

  private Contract(
      ContractNumber number, Customer customer, Site site, ServiceType service, int channels) {
    this.number = Objects.requireNonNull(number);
    this.customer = Objects.requireNonNull(customer);
    this.site = site;
    this.service = Objects.requireNonNull(service);
    if (channels < 0) {
      throw new IllegalArgumentException("channel count must not be negative");
    }
    this.channelCount = channels;
  }

  /** An IP Voice access line at a site, optionally carried by a Universal One line. */
  public static Contract ipVoice(
      ContractNumber number, Site site, int channels, ContractNumber accessLine) {
    Contract contract =
        new Contract(
            number, site.plan().voiceGroup().customer(), site, ServiceType.IP_VOICE, channels);
    contract.accessLine = accessLine;
    return contract;
  }

  /** A Business Mobile contract; its ID is the login of the mobile-user management accounts. */
  public static Contract businessMobile(
      ContractNumber number, Customer customer, MobileContractId mobileContractId) {
    Contract contract = new Contract(number, customer, null, ServiceType.BUSINESS_MOBILE, 0);
    contract.mobileContractId = Objects.requireNonNull(mobileContractId);
    return contract;
  }

  /**
   * A contract of a service that is installed at a site (IP Voice, Smart PBX, Mobile Office, a
   * Universal One access line), as the operator's service orders create it.
   */
  public static Contract atSite(
      ContractNumber number,
      ServiceType service,
      Site site,
      int channels,
      ContractNumber accessLine) {
    if (service == ServiceType.BUSINESS_MOBILE) {
      throw new IllegalArgumentException("a Business Mobile contract has no site");
    }
    Contract contract =
        new Contract(number, site.plan().voiceGroup().customer(), site, service, channels);
    contract.accessLine = accessLine;
    return contract;
  }

  /** A service order's change of the line: its site, channel count and related access line. */
  public void changeLine(Site newSite, int channels, ContractNumber newAccessLine) {
    if (channels < 0) {
      throw new IllegalArgumentException("channel count must not be negative");
    }
    this.site = newSite;
    this.channelCount = channels;
    this.accessLine = newAccessLine;
  }

  /** Records the customer's memo; blank clears it. */
  public void changeMemo(String text) {
    if (text != null && text.length() > MEMO_MAX) {
      throw new IllegalArgumentException("memo longer than " + MEMO_MAX + " characters");
    }
    this.memo = text == null || text.isBlank() ? null : text;
  }

  /** Sets the operational status, e.g. when a gateway reports a fault or recovers. */
  public void changeStatus(OperationalStatus status) {
    this.operationalStatus = Objects.requireNonNull(status);
  }

  public Long id() {
    return id;
  }

  public ContractNumber number() {
    return number;
  }

  public Customer customer() {
    return customer;
  }

  public Optional<Site> site() {
    return Optional.ofNullable(site);
  }

  public ServiceType service() {
    return service;
  }

  /** Ch数 of the access line. */
  public int channelCount() {
    return channelCount;
  }

  public OperationalStatus operationalStatus() {
    return operationalStatus;
  }

  public Optional<String> memo() {
    return Optional.ofNullable(memo);
  }

  public Optional<ContractNumber> accessLine() {
    return Optional.ofNullable(accessLine);
  }

  public Optional<MobileContractId> mobileContractId() {
    return Optional.ofNullable(mobileContractId);
  }
}
