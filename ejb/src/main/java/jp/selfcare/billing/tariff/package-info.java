/** The call tariffs operators maintain and the rating of a call with them. */
package jp.selfcare.billing.tariff;
