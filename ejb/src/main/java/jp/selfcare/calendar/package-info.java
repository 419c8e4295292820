/**
 * The operator's business calendar: which days are business days (弊社営業日: weekdays that are not a
 * national holiday or a closing day of the operator), kept in a table operators maintain.
 */
package jp.selfcare.calendar;
