/*
 * A reservation repeats every week from Monday to Sunday, as the schedule is entered, so its
 * calendar starts on Monday whatever the language's custom (Japanese calendars start on Sunday).
 * PrimeFaces calls this with the schedule widget as `this` after it has applied the locale.
 */
function selfcareWeekStartsOnMonday() {
  this.cfg.options.firstDay = 1;
}
