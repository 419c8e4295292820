package jp.selfcare.billing.calls;

import java.util.Set;

/**
 * A row of an import that was refused, or loaded without a charge, and why.
 *
 * @param loaded whether the call was stored (unbilled) rather than refused
 */
public record CallProblemRow(
    long line, String callId, Set<CallRowProblem> problems, boolean loaded) {}
