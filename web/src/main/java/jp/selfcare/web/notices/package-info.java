/**
 * 工事・故障情報: the customers' notice list and mail subscriptions; the operators' notices and faults.
 */
package jp.selfcare.web.notices;
