/**
 * 転送を予約する (spec 30-settings-site.md §2): a number's weekly forwarding schedule — up to five named
 * patterns and, per weekday, time slots naming the pattern in force from then on — and the one
 * function that says which forwarding setting applies at an instant ({@link
 * jp.selfcare.reservation.WeeklySchedule#settingAt}).
 */
package jp.selfcare.reservation;
