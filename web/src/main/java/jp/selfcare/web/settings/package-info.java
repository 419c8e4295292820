/**
 * The Web Settings Site's login pages (its own login with mail two-step authentication, the
 * hand-off from the portal), its session filter, the top page with the menu the login may use, and
 * the account pages.
 */
package jp.selfcare.web.settings;
