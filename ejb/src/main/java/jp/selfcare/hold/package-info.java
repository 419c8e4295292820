/**
 * Conflicting operations (spec 30-settings-site.md §11): persisted holds on numbers, sites and bulk
 * forwarding groups, the 7×7 matrix of which operation in progress blocks which, expiry, release.
 */
package jp.selfcare.hold;
