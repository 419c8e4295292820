/**
 * The per-number する/しない settings of the Web Settings Site (spec 30-settings-site.md §4, §8, §9):
 * specific number presentation, anonymous call rejection, caller-ID presentation, international
 * call suspension and outgoing restriction. One table holds the switches that differ from their
 * default; each change writes a settings-history entry and publishes one number change.
 */
package jp.selfcare.callfeature;
