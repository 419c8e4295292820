/** チケット: the customers' ticket list, form and thread; the operators' ticket desk. */
package jp.selfcare.web.tickets;
