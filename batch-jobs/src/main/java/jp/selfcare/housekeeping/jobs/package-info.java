/**
 * The scheduled jobs of spec 40-bulk-and-batch.md §5 that keep the data tidy: {@code
 * settings-history-purge} (nightly) and {@code token-expiry} (every five minutes), started by
 * {@link jp.selfcare.housekeeping.jobs.HousekeepingJobs} on schedule or by an operator, so every
 * run is a job execution operators see in the admin console.
 */
package jp.selfcare.housekeeping.jobs;
