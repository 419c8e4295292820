package jp.selfcare.notices;

import java.io.Serializable;
import java.time.Instant;
import jp.selfcare.organisation.ServiceType;

/** A subscribed address as the customer's list shows it. */
public record SubscriptionView(
    long id,
    ServiceType service,
    String address,
    boolean maintenance,
    boolean fault,
    DeliveryWindow window,
    SubscriptionState state,
    Instant pausedAt,
    String pauseReason)
    implements Serializable {

  static SubscriptionView of(NoticeSubscription s) {
    return new SubscriptionView(
        s.id(),
        s.service(),
        s.address(),
        s.maintenance(),
        s.fault(),
        s.window(),
        s.state(),
        s.pausedAt(),
        s.pauseReason());
  }
}
