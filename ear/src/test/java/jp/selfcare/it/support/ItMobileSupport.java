package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.selfcare.mobile.MobileUsers;
import jp.selfcare.mobile.MobileUsers.Change;
import jp.selfcare.mobile.MobileUsers.Filter;
import jp.selfcare.mobile.MobileUsers.NameMatch;
import jp.selfcare.mobile.MobileUsers.NewUser;

/**
 * Business Mobile users through {@link MobileUsers}, as a settings login. Rows are typed as {@code
 * name|number|R;…} (R: international calls restricted); changes as {@code number|name|R|D;…} (D:
 * delete) naming current users by number.
 */
@RequestScoped
@Path("mobile")
@Produces(MediaType.TEXT_PLAIN)
public class ItMobileSupport {

  @EJB private MobileUsers users;

  @Inject private ItSettingsCaller callers;

  @POST
  @Path("register")
  public String register(@QueryParam("as") String as, @QueryParam("rows") String rows) {
    List<NewUser> typed = new ArrayList<>();
    for (String row : rows.split(";")) {
      String[] f = row.split("\\|", -1);
      typed.add(new NewUser(f[0], f[1], "R".equals(f[2])));
    }
    return callers.as(as, null, () -> show(users.register(typed)));
  }

  @POST
  @Path("change")
  public String change(@QueryParam("as") String as, @QueryParam("rows") String rows) {
    return callers.as(
        as,
        null,
        () -> {
          List<Change> changes = new ArrayList<>();
          for (String row : rows.split(";")) {
            String[] f = row.split("\\|", -1);
            long id =
                users
                    .page(new MobileUsers.Query(f[0], null, null, Filter.CURRENT), 0, 1)
                    .get(0)
                    .id();
            changes.add(new Change(id, f[1], "R".equals(f[2]), "D".equals(f[3])));
          }
          return show(users.change(changes));
        });
  }

  /** "count number:name:R|-:registered:deleted …". */
  @POST
  @Path("search")
  public String search(
      @QueryParam("as") String as,
      @QueryParam("number") String number,
      @QueryParam("name") String name,
      @QueryParam("match") NameMatch match,
      @QueryParam("filter") Filter filter) {
    MobileUsers.Query query =
        new MobileUsers.Query(number, name, match, filter == null ? Filter.ALL : filter);
    return callers.as(
        as,
        null,
        () ->
            users.count(query)
                + users.page(query, 0, 100).stream()
                    .map(
                        r ->
                            " "
                                + r.number()
                                + ":"
                                + r.name()
                                + ":"
                                + (r.internationalRestricted() ? "R" : "-")
                                + ":"
                                + (r.deletedOn() == null ? "current" : "deleted"))
                    .collect(Collectors.joining()));
  }

  private static String show(MobileUsers.Outcome outcome) {
    return outcome.accepted()
        ? "OK " + outcome.applied()
        : "INVALID "
            + outcome.problems().stream()
                .map(p -> p.row() + ":" + p.kind())
                .collect(Collectors.joining(" ", "[", "]"));
  }
}
