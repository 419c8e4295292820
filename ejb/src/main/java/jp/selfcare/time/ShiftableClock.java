package jp.selfcare.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock (UTC), which integration tests may move forward to see lockouts lift and codes
 * expire without sleeping. Shifting is refused unless the server was started with {@code
 * -Dselfcare.clock.shiftable=true}, which only the test runs set. Typed to itself only, so that
 * {@code @Inject Clock} resolves to the producer alone.
 */
@ApplicationScoped
@Typed(ShiftableClock.class)
public class ShiftableClock extends Clock {

  /** The system property that allows shifting. */
  public static final String SHIFTABLE = "selfcare.clock.shiftable";

  private volatile Duration offset = Duration.ZERO;

  /** Moves the clock by {@code amount} (tests only). */
  public void shift(Duration amount) {
    if (!Boolean.getBoolean(SHIFTABLE)) {
      throw new IllegalStateException("the clock can be shifted only in test runs");
    }
    offset = offset.plus(amount);
  }

  /** Back to the system time (tests only). */
  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }
}
