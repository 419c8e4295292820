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
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.HuntGroups;
import jp.selfcare.huntgroup.NumberPresentation;

/** 代表 through {@link HuntGroups}, as a settings login; groups are named by their parent. */
@RequestScoped
@Path("hunt")
@Produces(MediaType.TEXT_PLAIN)
public class ItHuntSupport {

  @EJB private HuntGroups groups;

  @EJB private ItSettingsData data;

  @Inject private ItSettingsCaller callers;

  /** "count parent1 parent2 …" (first page). */
  @POST
  @Path("search")
  public String search(@QueryParam("as") String as, @QueryParam("part") String part) {
    NumberConditions conditions = new NumberConditions(null, null, part);
    return callers.as(
        as,
        null,
        () ->
            groups.count(conditions)
                + groups.page(conditions, 0, HuntGroups.MAX_PAGE).stream()
                    .map(r -> " " + r.parentNumber())
                    .collect(Collectors.joining()));
  }

  /** "METHOD PRESENTATION version m1,m2,…". */
  @POST
  @Path("open")
  public String open(@QueryParam("as") String as, @QueryParam("parent") String parent) {
    return callers.as(
        as,
        null,
        () -> {
          HuntGroups.View v = groups.open(data.huntGroupId(parent));
          return v.callMethod()
              + " "
              + v.presentation()
              + " "
              + v.version()
              + " "
              + String.join(",", v.members());
        });
  }

  /** The candidates for a key, blank-separated, or INVALID_KEY. */
  @POST
  @Path("candidates")
  public String candidates(
      @QueryParam("as") String as,
      @QueryParam("parent") String parent,
      @QueryParam("key") String key) {
    return callers.as(
        as,
        null,
        () ->
            groups
                .candidates(data.huntGroupId(parent), key)
                .map(c -> String.join(" ", c))
                .orElse("INVALID_KEY"));
  }

  /** 設定: "OK operationId" or "REFUSED [PROBLEM] [numbers]". */
  @POST
  @Path("change")
  public String change(
      @QueryParam("as") String as,
      @QueryParam("parent") String parent,
      @QueryParam("version") long version,
      @QueryParam("method") CallMethod method,
      @QueryParam("presentation") NumberPresentation presentation,
      @QueryParam("members") String members) {
    List<String> numbers =
        members == null || members.isEmpty() ? List.of() : List.of(members.split(","));
    return callers.as(
        as,
        null,
        () -> {
          HuntGroups.Outcome outcome =
              groups.change(data.huntGroupId(parent), version, method, presentation, numbers);
          return outcome.accepted()
              ? "OK " + outcome.operationId()
              : "REFUSED " + outcome.problems() + " " + outcome.numbers();
        });
  }
}
