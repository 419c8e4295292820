/**
 * The call-record import job (call-record-import.xml): the network's call-record files from the
 * call-record folder, streamed into the billing store chunk by chunk.
 */
package jp.selfcare.billing.importing;
