package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.selfcare.billing.station.BillingStation;
import jp.selfcare.billing.station.CallSearch;
import jp.selfcare.billing.station.CallSearchRefused;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.portal.PortalLogin;

/** The Billing Station as a given portal user reads it, in plain text. */
@RequestScoped
@Path("station")
@Produces(MediaType.TEXT_PLAIN)
public class ItStationSupport {

  @EJB private BillingStation station;

  @EJB private jp.selfcare.billing.station.StationDownloads downloads;

  @EJB private jp.selfcare.history.OperationHistory history;

  @EJB private jp.selfcare.history.ResultFileStore files;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private Caller caller;

  /** The month's lines: "count" then one "contract number days basic addOns calls total" a line. */
  @GET
  @Path("lines")
  public String lines(@QueryParam("as") String as, @QueryParam("month") String month) {
    signIn(as);
    YearMonth m = YearMonth.parse(month);
    return station.lineCount(m)
        + "\n"
        + station.lines(m, 0, 200).stream()
            .map(
                l ->
                    l.contractNumber()
                        + " "
                        + l.number()
                        + " "
                        + l.days()
                        + " "
                        + l.basic()
                        + " "
                        + l.addOns()
                        + " "
                        + l.calls()
                        + " "
                        + l.total())
            .collect(Collectors.joining("\n"));
  }

  /**
   * The calls of a search as 通話明細's table asks for one page (the count, then the page): "count"
   * then one "callId calling charge" a call, newest first; or REFUSED with the rules. One page of
   * {@code size} (default 200) from {@code first} (default 0).
   */
  @GET
  @Path("calls")
  public String calls(
      @QueryParam("as") String as,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("numbers") String numbers,
      @QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first,
      @QueryParam("size") @jakarta.ws.rs.DefaultValue("200") int size) {
    signIn(as);
    CallSearch search = search(from, to, numbers);
    try {
      return station.callCount(search)
          + "\n"
          + station.calls(search, first, size).stream()
              .map(c -> c.callId() + " " + c.callingNumber() + " " + c.charge())
              .collect(Collectors.joining("\n"));
    } catch (CallSearchRefused e) {
      return "REFUSED " + e.problems();
    }
  }

  /** The totals per calling number: one "number calls seconds charges" a number. */
  @GET
  @Path("callers")
  public String callers(
      @QueryParam("as") String as,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("numbers") String numbers) {
    signIn(as);
    return station.perCaller(search(from, to, numbers)).stream()
        .map(
            t ->
                t.callingNumber()
                    + " "
                    + t.calls()
                    + " "
                    + t.seconds()
                    + " "
                    + t.charges().stripTrailingZeros().toPlainString())
        .collect(Collectors.joining("\n"));
  }

  /** Requests a download (kind lines, calls or callers) as the user: the operation id. */
  @jakarta.ws.rs.POST
  @Path("download")
  public String download(
      @QueryParam("as") String as,
      @QueryParam("kind") String kind,
      @QueryParam("month") String month,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("numbers") String numbers) {
    signIn(as);
    return Long.toString(
        switch (kind) {
          case "lines" -> downloads.requestLines(YearMonth.parse(month), java.util.Locale.JAPANESE);
          case "calls" ->
              downloads.requestCalls(search(from, to, numbers), false, java.util.Locale.JAPANESE);
          default ->
              downloads.requestCalls(search(from, to, numbers), true, java.util.Locale.JAPANESE);
        });
  }

  /**
   * A download's state, then (once completed) its file's name and its content as the user who asked
   * reads it.
   */
  @GET
  @Path("download/{id}")
  public String downloaded(@jakarta.ws.rs.PathParam("id") long id, @QueryParam("as") String as) {
    signIn(as);
    var operation = history.byId(id).orElseThrow();
    if (operation.state() != jp.selfcare.history.OperationState.COMPLETED) {
      return operation.state().name();
    }
    var file = files.filesOf(id).get(0);
    java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
    files.copyContent(file.id(), content);
    return "COMPLETED "
        + file.fileName()
        + "\n"
        + new String(content.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The calls per day of a search: one "day calls seconds charges" for each day with calls. */
  @GET
  @Path("days")
  public String days(
      @QueryParam("as") String as, @QueryParam("from") String from, @QueryParam("to") String to) {
    signIn(as);
    return station.perDay(search(from, to, null)).stream()
        .filter(d -> d.calls() > 0)
        .map(
            d ->
                d.callingNumber()
                    + " "
                    + d.calls()
                    + " "
                    + d.seconds()
                    + " "
                    + d.charges().stripTrailingZeros().toPlainString())
        .collect(Collectors.joining("\n"));
  }

  private static CallSearch search(String from, String to, String numbers) {
    List<String> list =
        numbers == null || numbers.isBlank() ? List.of() : Arrays.asList(numbers.split(","));
    return new CallSearch(LocalDate.parse(from), LocalDate.parse(to), list);
  }

  private void signIn(String loginId) {
    String login = loginId == null ? DemoLogins.SAMPLE_ADMIN : loginId;
    caller.signIn(portalLogin.signInOf(portalUsers.idOf(login)));
  }
}
