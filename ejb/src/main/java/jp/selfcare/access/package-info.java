/**
 * Who may do what where on the Web Settings Site: the functions ({@link
 * jp.selfcare.access.SettingsFunction}) each role may use, a login's scope — its voice group, site
 * or number — checked by every service on every call ({@link jp.selfcare.access.SettingsScope}),
 * and the number search within that scope with its one FROM clause ({@link
 * jp.selfcare.access.NumberConditions}). The features import these rules; the login screens and
 * accounts ({@code jp.selfcare.identity.settings}) create the sign-in they read.
 */
package jp.selfcare.access;
