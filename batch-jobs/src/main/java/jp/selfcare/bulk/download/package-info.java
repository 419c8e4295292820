/**
 * 一括設定ダウンロード (spec 40-bulk-and-batch.md §3): the numbers in scope that match the search, streamed
 * by the {@code bulk-settings-download} job into the 一括設定 CSV (UTF-8 with BOM, CRLF) that uploads
 * back unchanged.
 */
package jp.selfcare.bulk.download;
