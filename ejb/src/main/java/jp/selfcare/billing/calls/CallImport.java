package jp.selfcare.billing.calls;

import java.io.Serializable;
import java.time.Instant;

/**
 * An import of a call-record file with its outcome: rows loaded (of them, unbilled: no customer's
 * number, or no tariff), found loaded before (the same call ID and start), refused.
 *
 * @param duplicateOf for a duplicate file, the import that read it first
 */
public record CallImport(
    long id,
    String fileName,
    String filePath,
    String sha256,
    CallImportState state,
    Long duplicateOf,
    long rowsRead,
    Instant begunAt,
    Instant finishedAt,
    long loaded,
    long alreadyLoaded,
    long refused,
    long unbilled)
    implements Serializable {}
