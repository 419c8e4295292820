/**
 * ご契約・運用状況: the portal's list of the contracts a user may read, with their operational status, the
 * customer's memo, each contract's numbers and each basic number's add-ons and SIP credentials.
 * Every method applies the caller's permissions itself.
 */
package jp.selfcare.contracts;
