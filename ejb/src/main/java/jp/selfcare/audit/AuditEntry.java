package jp.selfcare.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit log line as screens show it. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String application,
    String account,
    AuditEvent event,
    String detail)
    implements Serializable {}
