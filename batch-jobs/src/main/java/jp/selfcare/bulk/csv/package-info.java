/**
 * 一括設定 CSV (spec 40-bulk-and-batch.md §3): the file's shape, its rows as forwarding forms, a
 * setting as a row; used by the upload and download jobs.
 */
package jp.selfcare.bulk.csv;
