/** The portal administrators' audit-log screen. */
package jp.selfcare.web.audit;
