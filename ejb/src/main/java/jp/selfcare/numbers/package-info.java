/**
 * IP telephone numbers (basic contract numbers and their dial-in numbers) and the add-on feature
 * contracts each carries. Add-ons are columns of the number row, not a separate table, so that
 * every number's contract state is read in one scan when the routing cache loads.
 */
package jp.selfcare.numbers;
