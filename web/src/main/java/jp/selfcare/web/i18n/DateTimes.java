package jp.selfcare.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Date-times as pages show them ({@code #{dateTimes.of(x)}}): yyyy/MM/dd HH:mm in Japan time, the
 * time zone of the operator's customers' telephone network (the services keep instants in UTC).
 */
@Named
@ApplicationScoped
public class DateTimes {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd (E)");

  /** A calendar day as shown (with its weekday in the page's language), or "-". */
  public String date(LocalDate day) {
    if (day == null) {
      return "-";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces == null ? Locale.JAPANESE : faces.getViewRoot().getLocale();
    return DAY.withLocale(locale).format(day);
  }

  /** The instant as shown, or "-" when there is none. */
  public String of(Instant at) {
    return at == null ? "-" : SHOWN.format(at);
  }
}
