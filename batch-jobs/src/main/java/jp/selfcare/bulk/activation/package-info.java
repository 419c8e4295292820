/**
 * The 一括転送 開始 / 停止 job (spec 40-bulk-and-batch.md §1): reads a group's members in keyset order,
 * applies the activation chunk by chunk through {@link jp.selfcare.bulk.BulkActivationWork}, then
 * writes the result file and ends the group's transition.
 */
package jp.selfcare.bulk.activation;
