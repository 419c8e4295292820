/**
 * 工事・故障情報: maintenance and fault notices per service, contract faults (運用状況 異常), and the customers'
 * 工事情報メール / 故障情報メール subscriptions — confirmed by a provisional mail, limited to delivery days and
 * hours, paused when the SMTP server refuses the address. Every mail of an event is first a
 * delivery row (so none is lost), then a queued mail once its hours are open (so none is sent
 * twice).
 */
package jp.selfcare.notices;
