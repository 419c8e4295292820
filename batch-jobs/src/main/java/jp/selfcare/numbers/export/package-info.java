/**
 * 番号情報ダウンロード: the number-information download job and the service that starts it. The job writes a
 * work file in checkpointed chunks and then publishes a CSV (UTF-8 with BOM, numbers as text for
 * Excel) and an XLSX into the result-file store.
 */
package jp.selfcare.numbers.export;
