/**
 * 一括転送 (spec 40-bulk-and-batch.md §1): groups of one site's numbers and, per member, whether the
 * group's forwarding is applied now. This issue reads it ({@link jp.selfcare.bulk.BulkState}); the
 * group screens and activation jobs come with the batch issue.
 */
package jp.selfcare.bulk;
