package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.SpecificDestinationForwarding;

/** 転送先特定番号 through {@link SpecificDestinationForwarding}, as a settings login. */
@RequestScoped
@Path("specific")
@Produces(MediaType.TEXT_PLAIN)
public class ItSpecificSupport {

  @EJB private SpecificDestinationForwarding service;

  @EJB private ItSettingsData data;

  @Inject private ItSettingsCaller callers;

  /** "count number=destination …" (first page). */
  @POST
  @Path("search")
  public String search(@QueryParam("as") String as, @QueryParam("part") String part) {
    NumberConditions conditions = new NumberConditions(null, null, part);
    return callers.as(
        as,
        null,
        () ->
            service.count(conditions)
                + service.page(conditions, 0, SpecificDestinationForwarding.MAX_PAGE).stream()
                    .map(v -> " " + v.number() + "=" + v.destination())
                    .collect(Collectors.joining()));
  }

  /** 設定 with modes (U, B, N, R) and ring time: "OK id" or "INVALID [problems] {lists}". */
  @POST
  @Path("change")
  public String change(
      @QueryParam("as") String as,
      @QueryParam("number") String number,
      @QueryParam("forward") boolean forward,
      @QueryParam("modes") String modes,
      @QueryParam("ring") String ring) {
    String m = modes == null ? "" : modes;
    ForwardingForm form =
        new ForwardingForm(
            forward,
            m.contains("U"),
            m.contains("B"),
            m.contains("N"),
            m.contains("R"),
            ring,
            List.of("", "", "", "", ""),
            null);
    return callers.as(
        as,
        null,
        () -> {
          long id = data.numberId(number);
          long hold = service.open(id).holdId();
          SpecificDestinationForwarding.Outcome outcome = service.change(id, form);
          if (outcome.operationId() != null) {
            return "OK " + outcome.operationId();
          }
          service.close(hold);
          return "INVALID "
              + new TreeSet<>(outcome.validation().problems().stream().map(Enum::name).toList())
              + " "
              + outcome.validation().listProblems();
        });
  }

  /** 元に戻す: "OK id", "INVALID …" or "REFUSED reason". */
  @POST
  @Path("undo")
  public String undo(@QueryParam("as") String as, @QueryParam("operation") long operation) {
    return callers.as(
        as,
        null,
        () -> {
          SpecificDestinationForwarding.Outcome outcome = service.undo(operation);
          return outcome.operationId() != null
              ? "OK " + outcome.operationId()
              : "INVALID " + outcome.validation().problems();
        });
  }
}
