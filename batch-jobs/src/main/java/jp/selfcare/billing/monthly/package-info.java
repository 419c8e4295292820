/**
 * The monthly billing job (monthly-billing.xml): every customer's bills of a month, on the first
 * day of the next month or by hand.
 */
package jp.selfcare.billing.monthly;
