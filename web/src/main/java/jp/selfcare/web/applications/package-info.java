/** 契約内容変更の申込 (input → confirm → completed), お申し込みの進捗, and the operators' list. */
package jp.selfcare.web.applications;
