/**
 * 着信シミュレーション, a page of the Web Settings Site: a call decided as the network would, nothing
 * counted.
 */
package jp.selfcare.web.simulator;
