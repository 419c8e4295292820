/**
 * Web Settings Site accounts (spec 10-identity.md §2): voice-group administrators arriving from the
 * portal with a single-use hand-off token, site administrators and number users registered on the
 * site, Business Mobile contract-ID accounts; the site's own login with lockout and optional mail
 * two-step authentication; and the permission matrix every settings service checks.
 */
package jp.selfcare.identity.settings;
