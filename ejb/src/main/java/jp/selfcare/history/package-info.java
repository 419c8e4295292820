/**
 * Operation history (設定履歴管理 and the download lists): every accepted operation with its state, and
 * the result files of asynchronous ones, stored in the database so any node can serve them.
 */
package jp.selfcare.history;
