package jp.selfcare.history;

import java.io.Serializable;
import java.time.Instant;

/** What is known of a stored result file without reading its content. */
public record ResultFile(
    long id,
    long operationId,
    String fileName,
    String contentType,
    long sizeBytes,
    Instant createdAt)
    implements Serializable {}
