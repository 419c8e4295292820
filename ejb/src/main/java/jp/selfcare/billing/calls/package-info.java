/** Call records (通話明細): the network's file format, the import and the search. */
package jp.selfcare.billing.calls;
