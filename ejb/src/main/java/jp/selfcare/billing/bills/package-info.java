/** The monthly bills: per line the basic charge, the add-on fees and the calls; tax; proration. */
package jp.selfcare.billing.bills;
