/**
 * チケット: customers' inquiries about a service (opened 24/7), their threads, and the operators'
 * answers, each of which mails the ticket's contact address through the JMS mail path.
 */
package jp.selfcare.tickets;
