package jp.selfcare.callfeature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One number's stored value of one {@link CallFeature} (no row: the feature's default). */
@Entity
@Table(name = "number_feature")
@IdClass(FeatureSwitch.Key.class)
public class FeatureSwitch {

  /** The primary key: number and feature. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long ipNumberId;
    private CallFeature feature;

    public Key() {}

    public Key(long ipNumberId, CallFeature feature) {
      this.ipNumberId = ipNumberId;
      this.feature = feature;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(ipNumberId, k.ipNumberId) && feature == k.feature;
    }

    @Override
    public int hashCode() {
      return Objects.hash(ipNumberId, feature);
    }
  }

  @Id
  @Column(name = "ip_number_id")
  private Long ipNumberId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "feature", length = 40)
  private CallFeature feature;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Version private long version;

  protected FeatureSwitch() {}

  FeatureSwitch(long ipNumberId, CallFeature feature, boolean enabled) {
    this.ipNumberId = ipNumberId;
    this.feature = feature;
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  void set(boolean enabled) {
    this.enabled = enabled;
  }

  /** The number's value of the feature: stored, or the default. */
  public static boolean isOn(EntityManager em, long ipNumberId, CallFeature feature) {
    FeatureSwitch stored = em.find(FeatureSwitch.class, new Key(ipNumberId, feature));
    return stored == null ? feature.defaultOn() : stored.enabled;
  }

  /** Every feature's value for the number (the routing cache's view). */
  public static Map<CallFeature, Boolean> allOf(EntityManager em, long ipNumberId) {
    Map<CallFeature, Boolean> values = new EnumMap<>(CallFeature.class);
    for (CallFeature feature : CallFeature.values()) {
      values.put(feature, feature.defaultOn());
    }
    em.createQuery("select s from FeatureSwitch s where s.ipNumberId = :id", FeatureSwitch.class)
        .setParameter("id", ipNumberId)
        .getResultList()
        .forEach(s -> values.put(s.feature, s.enabled));
    return values;
  }
}
