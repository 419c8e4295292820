/**
 * 一括設定アップロード (spec 40-bulk-and-batch.md §2, §3): the upload (shape checked before any job), the
 * {@code bulk-settings-upload} job (rows validated with the settings site's rules and applied chunk
 * by chunk, or only checked in a dry run) and its result file.
 */
package jp.selfcare.bulk.upload;
