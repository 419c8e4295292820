/**
 * The Business Portal's login pages (ID + password, second step, password setting from the mailed
 * link, password reset), the session that remembers a completed login, and the filter that puts
 * that login into every request's {@link jp.selfcare.identity.Caller}.
 */
package jp.selfcare.web.portal;
