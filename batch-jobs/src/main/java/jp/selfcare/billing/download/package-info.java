/** The Billing Station's CSV downloads (billing-download.xml). */
package jp.selfcare.billing.download;
