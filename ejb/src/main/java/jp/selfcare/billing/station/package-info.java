/**
 * What a portal user reads of the Billing Station: the bills per line (回線番号別明細), the call records
 * (通話明細) and the totals per calling number (発信元電話番号単位の集計), of the contracts they may read.
 */
package jp.selfcare.billing.station;
