package jp.selfcare.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit log line as screens show it (the customer number: null for unknown login IDs). */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String application,
    String account,
    AuditEvent event,
    String detail,
    String customerNumber)
    implements Serializable {}
