package jp.selfcare.numbers;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.Encrypted;

/**
 * IP電話番号: a basic contract number of an IP Voice contract or a dial-in number under one. The
 * settings that later features attach (forwarding, message box …) live in tables keyed by this
 * row's id, so each can be bulk-loaded with one scan.
 */
@Entity
@Table(name = "ip_number")
public class IpNumber {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private TelephoneNumber number;

  @Enumerated(EnumType.STRING)
  @Column(name = "number_type", nullable = false, length = 10)
  private NumberType type;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  /**
   * The contract's customer, kept on the number itself: the number directory lists a customer's
   * numbers in number order from one index over (customer, number) instead of joining every number
   * through its contract. A contract never changes customer.
   */
  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "basic_number_id")
  private IpNumber basicNumber;

  @Column(name = "channel_count")
  private Integer channelCount;

  @Column(name = "sip_id", length = 64)
  private String sipId;

  @Convert(converter = Encrypted.class)
  @Column(name = "sip_password", length = 200)
  private String sipPassword;

  @Embedded private AddOns addOns = AddOns.NONE;

  @Version private long version;

  protected IpNumber() {}

  private IpNumber(TelephoneNumber number, NumberType type, Contract contract, AddOns addOns) {
    if (contract.service() != ServiceType.IP_VOICE
        && contract.service() != ServiceType.SMART_PBX
        && contract.service() != ServiceType.MOBILE_OFFICE) {
      throw new IllegalArgumentException(
          "telephone numbers belong to IP Voice, Smart PBX and Mobile Office contracts");
    }
    this.number = Objects.requireNonNull(number);
    this.type = type;
    this.contract = contract;
    this.customerId = contract.customer().id();
    this.addOns = Objects.requireNonNull(addOns);
  }

  /** A basic contract number with its channel count and SIP credentials. */
  public static IpNumber basic(
      TelephoneNumber number,
      Contract contract,
      int channels,
      String sipId,
      String sipPassword,
      AddOns addOns) {
    IpNumber basic = new IpNumber(number, NumberType.BASIC, contract, addOns);
    basic.channelCount = channels;
    basic.sipId = Objects.requireNonNull(sipId);
    basic.sipPassword = Objects.requireNonNull(sipPassword);
    return basic;
  }

  /** A dial-in number under a basic contract number of the same contract. */
  public static IpNumber dialIn(TelephoneNumber number, IpNumber basic, AddOns addOns) {
    if (basic.type != NumberType.BASIC) {
      throw new IllegalArgumentException("a dial-in number hangs under a basic contract number");
    }
    IpNumber dialIn = new IpNumber(number, NumberType.DIAL_IN, basic.contract, addOns);
    dialIn.basicNumber = basic;
    return dialIn;
  }

  /** Replaces the add-on contracts (an application was applied). */
  public void changeAddOns(AddOns newAddOns) {
    this.addOns = Objects.requireNonNull(newAddOns);
  }

  public Long id() {
    return id;
  }

  public TelephoneNumber number() {
    return number;
  }

  public NumberType type() {
    return type;
  }

  public Contract contract() {
    return contract;
  }

  /** The basic contract number above a dial-in number; empty for a basic number. */
  public Optional<IpNumber> basicNumber() {
    return Optional.ofNullable(basicNumber);
  }

  public Optional<Integer> channelCount() {
    return Optional.ofNullable(channelCount);
  }

  public Optional<String> sipId() {
    return Optional.ofNullable(sipId);
  }

  /** Shown only on demand in the portal, and every showing is audited there. */
  public Optional<String> sipPassword() {
    return Optional.ofNullable(sipPassword);
  }

  public AddOns addOns() {
    return addOns;
  }
}
