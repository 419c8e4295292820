package jp.selfcare.billing.calls;

import java.time.OffsetDateTime;

/**
 * One call as the network recorded it: a call from one of the customers' numbers.
 *
 * @param callId the network's identifier of the call, never given to another call
 * @param durationSeconds 0 for a call not answered
 */
public record CallRecord(
    String callId,
    OffsetDateTime startedAt,
    String callingNumber,
    String calledNumber,
    boolean answered,
    int durationSeconds,
    CallClass callClass) {}
