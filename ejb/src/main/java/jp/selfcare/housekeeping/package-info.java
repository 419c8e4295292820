/**
 * Scheduled housekeeping (spec 40-bulk-and-batch.md §5): token expiry; the settings-history purge
 * is the history package's ({@link jp.selfcare.history.HistoryPurge}). The batch-jobs module runs
 * both as jobs on a schedule, and operators start them by hand.
 */
package jp.selfcare.housekeeping;
