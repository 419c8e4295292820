package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** 音声グループ: the unit a voice-group administrator manages in the Web Settings Site. */
@Entity
@Table(name = "voice_group")
public class VoiceGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private VoiceGroupId groupId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  protected VoiceGroup() {}

  public VoiceGroup(VoiceGroupId groupId, Customer customer, String name) {
    this.groupId = Objects.requireNonNull(groupId);
    this.customer = Objects.requireNonNull(customer);
    this.name = Objects.requireNonNull(name);
  }

  public Long id() {
    return id;
  }

  public VoiceGroupId groupId() {
    return groupId;
  }

  public Customer customer() {
    return customer;
  }

  public String name() {
    return name;
  }

  /** A service order's new name for the group. */
  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName);
  }
}
