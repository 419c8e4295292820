/**
 * Call forwarding of one number (spec 30-settings-site.md §1–§3): the forwarding setting, the
 * destination-number rules, scheduled forwarding, forwarding to a specific number.
 */
package jp.selfcare.forwarding;
