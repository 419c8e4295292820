/** The Web Settings Site's 転送を予約する page (§2): patterns, weekly slots and the week calendar. */
package jp.selfcare.web.reservation;
