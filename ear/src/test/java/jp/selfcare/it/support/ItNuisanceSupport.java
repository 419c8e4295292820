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
import java.util.stream.Collectors;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.nuisance.NuisanceBlocking;

/** 迷惑電話お断り through {@link NuisanceBlocking}, as a settings login. */
@RequestScoped
@Path("nuisance")
@Produces(MediaType.TEXT_PLAIN)
public class ItNuisanceSupport {

  @EJB private NuisanceBlocking nuisance;

  @EJB private ItSettingsData data;

  @Inject private ItSettingsCaller callers;

  /** The numbers in scope with the contract: "count n1 n2 …" (first page). */
  @POST
  @Path("search")
  public String search(@QueryParam("as") String as, @QueryParam("part") String part) {
    NumberConditions conditions = new NumberConditions(null, null, part);
    return callers.as(
        as,
        null,
        () ->
            nuisance.count(conditions)
                + nuisance.page(conditions, 0, NuisanceBlocking.MAX_PAGE).stream()
                    .map(r -> " " + r.number())
                    .collect(Collectors.joining()));
  }

  /** The screen: "thisMonth lastMonth n1,n2,…". */
  @POST
  @Path("open")
  public String open(@QueryParam("as") String as, @QueryParam("number") String number) {
    return callers.as(
        as,
        null,
        () -> {
          NuisanceBlocking.View v = nuisance.open(data.numberId(number));
          return v.rejectionsThisMonth()
              + " "
              + v.rejectionsLastMonth()
              + " "
              + v.entries().stream()
                  .map(NuisanceBlocking.Entry::blockedNumber)
                  .collect(Collectors.joining(","));
        });
  }

  /** 設定 with the comma-separated list: "OK operationId" or "INVALID [index:KIND …]". */
  @POST
  @Path("apply")
  public String apply(
      @QueryParam("as") String as,
      @QueryParam("number") String number,
      @QueryParam("list") String list) {
    List<String> typed = list == null || list.isEmpty() ? List.of() : List.of(list.split(",", -1));
    return callers.as(
        as,
        null,
        () -> {
          NuisanceBlocking.Outcome outcome = nuisance.apply(data.numberId(number), typed);
          return outcome.accepted()
              ? "OK " + outcome.operationId()
              : "INVALID "
                  + outcome.problems().stream()
                      .map(p -> p.index() + ":" + p.kind())
                      .collect(Collectors.joining(" ", "[", "]"));
        });
  }

  /** 元に戻す: "OK operationId" or "REFUSED reason". */
  @POST
  @Path("undo")
  public String undo(@QueryParam("as") String as, @QueryParam("operation") long operation) {
    return callers.as(as, null, () -> "OK " + nuisance.undo(operation));
  }
}
