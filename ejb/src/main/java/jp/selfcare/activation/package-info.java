/**
 * 開通案内: the notice published when a contract opens (contract line ID, basic contract numbers,
 * support contacts), viewed and downloaded as PDF for 14 days after the application password and a
 * one-time code mailed to the address given with the application.
 */
package jp.selfcare.activation;
