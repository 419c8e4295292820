/**
 * The Web Settings Site's 設定履歴 page (§10): entries, 詳細 field by field, 元に戻す, result files; the job
 * outcomes in the reader's words.
 */
package jp.selfcare.web.history;
