/**
 * 番号一覧: a read-only, paged and filtered view of the numbers, used by the portal's number directory
 * and by the number-information download job.
 */
package jp.selfcare.directory;
