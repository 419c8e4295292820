package jp.selfcare.forwarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** The stored forwarding setting of one number (absent row: {@link ForwardingSetting#NONE}). */
@Entity
@Table(name = "forwarding_setting")
public class NumberForwarding {

  @Id
  @Column(name = "ip_number_id")
  private Long ipNumberId;

  @Column(name = "forward", nullable = false)
  private boolean forward;

  @Column(name = "unconditional", nullable = false)
  private boolean unconditional;

  @Column(name = "busy", nullable = false)
  private boolean busy;

  @Column(name = "no_answer", nullable = false)
  private boolean noAnswer;

  @Column(name = "unreachable", nullable = false)
  private boolean unreachable;

  @Column(name = "ring_seconds")
  private Integer ringSeconds;

  @Column(name = "list1", nullable = false, length = 32)
  private String list1 = "";

  @Column(name = "list2", nullable = false, length = 32)
  private String list2 = "";

  @Column(name = "list3", nullable = false, length = 32)
  private String list3 = "";

  @Column(name = "list4", nullable = false, length = 32)
  private String list4 = "";

  @Column(name = "list5", nullable = false, length = 32)
  private String list5 = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "target", length = 10)
  private ForwardingTarget target;

  @Version private long version;

  protected NumberForwarding() {}

  NumberForwarding(long ipNumberId) {
    this.ipNumberId = ipNumberId;
  }

  long ipNumberId() {
    return ipNumberId;
  }

  ForwardingSetting setting() {
    return new ForwardingSetting(
        forward,
        unconditional,
        busy,
        noAnswer,
        unreachable,
        ringSeconds,
        List.of(list1, list2, list3, list4, list5),
        target);
  }

  void apply(ForwardingSetting s) {
    forward = s.forward();
    unconditional = s.unconditional();
    busy = s.busy();
    noAnswer = s.noAnswer();
    unreachable = s.unreachable();
    ringSeconds = s.ringSeconds();
    list1 = s.lists().get(0);
    list2 = s.lists().get(1);
    list3 = s.lists().get(2);
    list4 = s.lists().get(3);
    list5 = s.lists().get(4);
    target = s.target();
  }
}
