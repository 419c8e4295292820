/**
 * The routing cache and the call decisions (spec 50-routing.md). {@link
 * jp.selfcare.routing.CallDecider} decides from immutable per-number snapshots ({@link
 * jp.selfcare.routing.NumberSnapshot}, {@link jp.selfcare.routing.HuntSnapshot}) and records each
 * rule it checked, so the API and the call-path simulator share one code path; the cache that holds
 * the snapshots and swaps them after each committed change follows.
 */
package jp.selfcare.routing;
