/** The operators' business calendar screen. */
package jp.selfcare.web.calendar;
