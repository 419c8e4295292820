/**
 * The Web Settings Site's shell: its login pages (its own login with mail two-step authentication,
 * the hand-off from the portal), its session filter, the top page with the menu the login may use,
 * the account pages, and what every feature page shares (the edit steps, the message that names who
 * holds a number). Each feature's pages live in the package of that feature.
 */
package jp.selfcare.web.settings;
