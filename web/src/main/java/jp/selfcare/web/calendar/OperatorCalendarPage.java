package jp.selfcare.web.calendar;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.selfcare.calendar.BusinessCalendar;
import jp.selfcare.calendar.BusinessCalendar.Holiday;
import jp.selfcare.web.i18n.Messages;

/**
 * 営業日カレンダー: the year's non-business weekdays; operators add the next year's national holidays when
 * the Cabinet Office publishes them, and their own closing days.
 */
@Named
@ViewScoped
public class OperatorCalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BusinessCalendar calendar;

  private int year = LocalDate.now().getYear();
  private LocalDate day;
  private String name;

  public List<Holiday> getHolidays() {
    return calendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public void add() {
    if (day == null) {
      Messages.error("calendar.dayRequired");
      return;
    }
    if (name == null || name.isBlank() || name.strip().length() > 60) {
      Messages.error("calendar.nameRequired");
      return;
    }
    calendar.put(day, name);
    Messages.info("calendar.added", day.toString(), name.strip());
    year = day.getYear();
    day = null;
    name = null;
  }

  public void remove(Holiday holiday) {
    calendar.remove(holiday.day());
    Messages.info("calendar.removed", holiday.day().toString());
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
