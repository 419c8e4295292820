package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** プラン: a tariff plan of a voice group (e.g. アクセスセット, VD統合プラン) grouping its sites. */
@Entity
@Table(name = "service_plan")
public class ServicePlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "voice_group_id")
  private VoiceGroup voiceGroup;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  /** Yen a month for each number of a site on the plan, tax excluded (the bills' basic charge). */
  @Column(name = "basic_charge", nullable = false)
  private int basicCharge;

  protected ServicePlan() {}

  public ServicePlan(VoiceGroup voiceGroup, String name) {
    this.voiceGroup = Objects.requireNonNull(voiceGroup);
    this.name = Objects.requireNonNull(name);
  }

  public Long id() {
    return id;
  }

  public VoiceGroup voiceGroup() {
    return voiceGroup;
  }

  public String name() {
    return name;
  }

  public int basicCharge() {
    return basicCharge;
  }

  /** The plan's basic charge from now on (the bills of an open month take it at their next run). */
  public void chargeBasic(int yenPerNumber) {
    if (yenPerNumber < 0) {
      throw new IllegalArgumentException("a charge is not negative");
    }
    this.basicCharge = yenPerNumber;
  }
}
