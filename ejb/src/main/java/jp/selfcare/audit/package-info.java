/** The audit log: every authentication event (success, failure, lock, unlock, method change). */
package jp.selfcare.audit;
