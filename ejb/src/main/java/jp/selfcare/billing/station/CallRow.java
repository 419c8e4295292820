package jp.selfcare.billing.station;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call as 通話明細 lists it.
 *
 * @param charge yen, tax excluded; null for a call kept unbilled
 */
public record CallRow(
    String callId,
    Instant startedAt,
    String callingNumber,
    String calledNumber,
    int durationSeconds,
    String callClass,
    BigDecimal charge)
    implements Serializable {}
