package jp.selfcare.messagebox;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The stored settings of one number's message box (no row: defaults, no addresses, no PIN). */
@Entity
@Table(name = "message_box")
public class MessageBox {

  /** A stored address. */
  @Embeddable
  public static class StoredAddress {
    @Column(name = "slot", nullable = false)
    private int slot;

    @Column(name = "address", nullable = false, length = 254)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "notify", nullable = false, length = 10)
    private Notify notify;

    @Column(name = "attach", nullable = false)
    private boolean attach;

    protected StoredAddress() {}

    StoredAddress(Address a) {
      this.slot = a.slot();
      this.address = a.address();
      this.notify = a.condition();
      this.attach = a.attach();
    }

    Address address() {
      return new Address(slot, address, notify, attach);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StoredAddress s
          && s.slot == slot
          && s.address.equals(address)
          && s.notify == notify
          && s.attach == attach;
    }

    @Override
    public int hashCode() {
      return Objects.hash(slot, address, notify, attach);
    }
  }

  @Id
  @Column(name = "ip_number_id")
  private Long ipNumberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "guidance_type", nullable = false, length = 20)
  private GuidanceType guidanceType = GuidanceType.ANSWER_AND_RECORD;

  @Column(name = "guidance_kind", nullable = false, length = 10)
  private String guidanceKind = "FIXED";

  @Column(name = "pin_hash", length = 200)
  private String pinHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "message_box_address", joinColumns = @JoinColumn(name = "ip_number_id"))
  private Set<StoredAddress> addresses = new HashSet<>();

  @Version private long version;

  protected MessageBox() {}

  MessageBox(long ipNumberId) {
    this.ipNumberId = ipNumberId;
  }

  public List<Address> addresses() {
    return addresses.stream()
        .map(StoredAddress::address)
        .sorted(Comparator.comparingInt(Address::slot))
        .toList();
  }

  public GuidanceType guidanceType() {
    return guidanceType;
  }

  /** ガイダンス種類 (固定 / オリジナル): set with the box's recording service, displayed here. */
  public boolean originalGuidance() {
    return "ORIGINAL".equals(guidanceKind);
  }

  public boolean pinSet() {
    return pinHash != null;
  }

  String pinHash() {
    return pinHash;
  }

  void change(List<Address> newAddresses, GuidanceType type, String newPinHash) {
    addresses.clear();
    newAddresses.forEach(a -> addresses.add(new StoredAddress(a)));
    guidanceType = type;
    if (newPinHash != null) {
      pinHash = newPinHash;
    }
  }
}
