package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.reservation.Reservations;
import jp.selfcare.reservation.ScheduleForm;
import jp.selfcare.reservation.ScheduleForm.PatternForm;
import jp.selfcare.reservation.ScheduleForm.SlotForm;

/**
 * 転送を予約する through {@link Reservations}, as a settings login. Patterns are typed as {@code
 * no:name:destination;…} (blank destination: 転送しない; else unconditional to list 1), slots as {@code
 * MONDAY@09:00=1,…}.
 */
@RequestScoped
@Path("reservation")
@Produces(MediaType.TEXT_PLAIN)
public class ItReservationSupport {

  @EJB private Reservations reservations;

  @EJB private ItSettingsData data;

  @Inject private ItSettingsCaller callers;

  /** 確定: "OK operationId" or "INVALID [PROBLEM:pattern:slot …]". */
  @POST
  @Path("save")
  public String save(
      @QueryParam("as") String as,
      @QueryParam("number") String number,
      @QueryParam("patterns") String patterns,
      @QueryParam("slots") String slots) {
    ScheduleForm form = new ScheduleForm(patterns(patterns), slots(slots));
    return callers.as(
        as,
        null,
        () -> {
          long id = data.numberId(number);
          long hold = reservations.open(id).holdId();
          Reservations.Outcome outcome = reservations.save(id, form);
          if (outcome.operationId() != null) {
            return "OK " + outcome.operationId();
          }
          reservations.close(hold);
          return "INVALID "
              + outcome.result().issues().stream()
                  .map(i -> i.problem() + ":" + i.pattern() + ":" + i.slot())
                  .collect(Collectors.joining(" ", "[", "]"));
        });
  }

  /** 削除: "OK operationId". */
  @POST
  @Path("delete")
  public String delete(@QueryParam("as") String as, @QueryParam("number") String number) {
    return callers.as(as, null, () -> "OK " + reservations.delete(data.numberId(number)));
  }

  /** The destination in force at the instant ("-" when not forwarding). */
  @POST
  @Path("at")
  public String at(
      @QueryParam("as") String as,
      @QueryParam("number") String number,
      @QueryParam("instant") String instant) {
    return callers.as(
        as,
        null,
        () -> {
          ForwardingSetting s =
              reservations.settingAt(data.numberId(number), Instant.parse(instant));
          return s.forward() ? s.destination() : "-";
        });
  }

  /** The list: "count n1 n2 …". */
  @POST
  @Path("list")
  public String list(@QueryParam("as") String as) {
    return callers.as(
        as,
        null,
        () ->
            reservations.count(NumberConditions.ANY)
                + reservations.page(NumberConditions.ANY, 0, Reservations.MAX_PAGE).stream()
                    .map(r -> " " + r.number())
                    .collect(Collectors.joining()));
  }

  private static Map<Integer, PatternForm> patterns(String typed) {
    Map<Integer, PatternForm> patterns = new HashMap<>();
    if (typed == null || typed.isEmpty()) {
      return patterns;
    }
    for (String entry : typed.split(";")) {
      String[] parts = entry.split(":", -1);
      String destination = parts[2];
      ForwardingForm form =
          destination.isEmpty()
              ? new ForwardingForm(
                  false, false, false, false, false, "", List.of("", "", "", "", ""), null)
              : new ForwardingForm(
                  true,
                  true,
                  false,
                  false,
                  false,
                  "",
                  List.of(destination, "", "", "", ""),
                  ForwardingTarget.LIST_1);
      patterns.put(Integer.valueOf(parts[0]), new PatternForm(parts[1], form));
    }
    return patterns;
  }

  private static List<SlotForm> slots(String typed) {
    List<SlotForm> slots = new ArrayList<>();
    if (typed == null || typed.isEmpty()) {
      return slots;
    }
    for (String entry : typed.split(",")) {
      String[] parts = entry.split("[@=]");
      slots.add(new SlotForm(DayOfWeek.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2])));
    }
    return slots;
  }

  /** 元に戻す: "OK id" or "REFUSED reason". */
  @POST
  @Path("undo")
  public String undo(@QueryParam("as") String as, @QueryParam("operation") long operation) {
    return callers.as(as, null, () -> "OK " + reservations.undo(operation));
  }
}
