package jp.selfcare.reservation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.selfcare.forwarding.ForwardingSetting;

/** The stored reservation of one number (no row: the number has none). */
@Entity
@Table(name = "forwarding_reservation")
public class Reservation {

  /** A stored pattern. */
  @Embeddable
  public static class StoredPattern {
    @Column(name = "pattern_no", nullable = false)
    private int patternNo;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "setting", nullable = false, length = 300)
    private String setting;

    protected StoredPattern() {}

    StoredPattern(int patternNo, ForwardingPattern pattern) {
      this.patternNo = patternNo;
      this.name = pattern.name();
      this.setting = pattern.setting().encode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StoredPattern p
          && p.patternNo == patternNo
          && p.name.equals(name)
          && p.setting.equals(setting);
    }

    @Override
    public int hashCode() {
      return Objects.hash(patternNo, name, setting);
    }
  }

  /** A stored slot. */
  @Embeddable
  public static class StoredSlot {
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    private int startMinute;

    @Column(name = "pattern_no", nullable = false)
    private int patternNo;

    protected StoredSlot() {}

    StoredSlot(Slot slot) {
      this.dayOfWeek = slot.day().getValue();
      this.startMinute = slot.start().getHour() * 60 + slot.start().getMinute();
      this.patternNo = slot.pattern();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StoredSlot s
          && s.dayOfWeek == dayOfWeek
          && s.startMinute == startMinute
          && s.patternNo == patternNo;
    }

    @Override
    public int hashCode() {
      return Objects.hash(dayOfWeek, startMinute, patternNo);
    }
  }

  @Id
  @Column(name = "ip_number_id")
  private Long ipNumberId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reservation_pattern", joinColumns = @JoinColumn(name = "ip_number_id"))
  private Set<StoredPattern> patterns = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reservation_slot", joinColumns = @JoinColumn(name = "ip_number_id"))
  private Set<StoredSlot> slots = new HashSet<>();

  @Version private long version;

  protected Reservation() {}

  Reservation(long ipNumberId) {
    this.ipNumberId = ipNumberId;
  }

  public long ipNumberId() {
    return ipNumberId;
  }

  /** The schedule as stored. */
  public WeeklySchedule schedule() {
    Map<Integer, ForwardingPattern> byNumber = new HashMap<>();
    patterns.forEach(
        p ->
            byNumber.put(
                p.patternNo, new ForwardingPattern(p.name, ForwardingSetting.decode(p.setting))));
    List<Slot> stored =
        slots.stream()
            .map(
                s ->
                    new Slot(
                        DayOfWeek.of(s.dayOfWeek),
                        LocalTime.of(s.startMinute / 60, s.startMinute % 60),
                        s.patternNo))
            .toList();
    return new WeeklySchedule(byNumber, stored);
  }

  /** Replaces the whole schedule. */
  void replace(WeeklySchedule schedule) {
    patterns.clear();
    slots.clear();
    schedule.patterns().forEach((no, p) -> patterns.add(new StoredPattern(no, p)));
    schedule.slots().forEach(s -> slots.add(new StoredSlot(s)));
  }
}
