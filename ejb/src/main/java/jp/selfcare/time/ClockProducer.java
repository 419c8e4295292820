package jp.selfcare.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one source of "now" for every rule that depends on time (expiry, lockouts, history
 * retention): the {@link ShiftableClock}, which is the system clock unless a test shifted it.
 */
@ApplicationScoped
public class ClockProducer {

  @Inject private ShiftableClock clock;

  @Produces
  Clock clock() {
    return clock;
  }
}
