/**
 * 契約内容変更の申込: a customer's applications to change a contract — immediate ones (即時開通), applied when
 * accepted through the one place that changes add-ons and numbers, and ones for a requested work
 * date (工事日指定), which operators advance and complete — with every application's progress
 * (お申し込みの進捗).
 */
package jp.selfcare.applications;
