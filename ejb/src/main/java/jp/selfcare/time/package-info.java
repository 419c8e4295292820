/** The injectable clock. */
package jp.selfcare.time;
