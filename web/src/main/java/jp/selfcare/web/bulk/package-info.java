/**
 * The Web Settings Site's 一括転送 and 一括設定 pages: groups, their activations and the CSV upload and
 * download, each job followed to its result file.
 */
package jp.selfcare.web.bulk;
