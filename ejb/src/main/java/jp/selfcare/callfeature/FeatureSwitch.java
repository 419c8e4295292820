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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.selfcare.persistence.NumberRows;

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

  /** A number's switches: each stored value, else the feature's default. */
  public record Switches(Map<CallFeature, Boolean> stored) {

    /** A number that never changed a switch. */
    public static final Switches DEFAULTS = new Switches(Map.of());

    public boolean on(CallFeature feature) {
      return stored.getOrDefault(feature, feature.defaultOn());
    }
  }

  /**
   * The switches of every number (ids null) or of the given ones, by number id, in one statement
   * (the routing cache's snapshots); numbers that never changed one are absent.
   */
  public static Map<Long, Switches> byNumber(EntityManager em, List<Long> ids) {
    Map<Long, Map<CallFeature, Boolean>> stored = new HashMap<>();
    for (Object[] r :
        NumberRows.select(
            em,
            "SELECT s.ip_number_id, s.feature, s.enabled FROM number_feature s",
            "s.ip_number_id",
            ids)) {
      stored
          .computeIfAbsent(NumberRows.id(r[0]), k -> new EnumMap<>(CallFeature.class))
          .put(CallFeature.valueOf((String) r[1]), NumberRows.bool(r[2]));
    }
    Map<Long, Switches> switches = new HashMap<>();
    stored.forEach((id, values) -> switches.put(id, new Switches(values)));
    return switches;
  }
}
