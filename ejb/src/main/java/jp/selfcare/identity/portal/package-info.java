/**
 * Business Portal accounts (login ID = mail address) and their two-step login. The first step
 * checks the password under the portal lockout rule; the second (TOTP or mailed code) follows.
 */
package jp.selfcare.identity.portal;
