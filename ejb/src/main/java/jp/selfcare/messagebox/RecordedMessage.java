package jp.selfcare.messagebox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message recorded in a number's box (at most 20 kept; the oldest goes first). */
@Entity
@Table(name = "recorded_message")
public class RecordedMessage {

  /** At most this many messages are kept per box. */
  public static final int KEPT = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ip_number_id", nullable = false)
  private long ipNumberId;

  @Column(name = "message_code", nullable = false, length = 20)
  private String messageCode;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "caller", nullable = false, length = 20)
  private String caller;

  @Column(name = "length_seconds", nullable = false)
  private int lengthSeconds;

  protected RecordedMessage() {}

  public RecordedMessage(
      long ipNumberId, String messageCode, Instant recordedAt, String caller, int lengthSeconds) {
    this.ipNumberId = ipNumberId;
    this.messageCode = messageCode;
    this.recordedAt = recordedAt;
    this.caller = caller;
    this.lengthSeconds = lengthSeconds;
  }

  public Long id() {
    return id;
  }

  public long ipNumberId() {
    return ipNumberId;
  }

  public String messageCode() {
    return messageCode;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String caller() {
    return caller;
  }

  public int lengthSeconds() {
    return lengthSeconds;
  }
}
