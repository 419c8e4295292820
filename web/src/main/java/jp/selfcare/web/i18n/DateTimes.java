package jp.selfcare.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Date-times as pages show them ({@code #{dateTimes.of(x)}}): yyyy/MM/dd HH:mm in Japan time, the
 * time zone of the operator's customers' telephone network (the services keep instants in UTC).
 */
@Named
@ApplicationScoped
public class DateTimes {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  /** The instant as shown, or "-" when there is none. */
  public String of(Instant at) {
    return at == null ? "-" : SHOWN.format(at);
  }
}
