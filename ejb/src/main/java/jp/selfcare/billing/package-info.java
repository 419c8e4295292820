/**
 * The Billing Station: call records from the network, their rating, the monthly bills per line and
 * what a customer's billing users read of them.
 */
package jp.selfcare.billing;
