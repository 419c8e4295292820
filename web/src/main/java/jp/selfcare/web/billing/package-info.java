/** The Billing Station's screens: the operators' call-record imports and tariff. */
package jp.selfcare.web.billing;
