package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.selfcare.bulk.Activation;
import jp.selfcare.bulk.BulkActivations;
import jp.selfcare.bulk.BulkForwardingGroups;
import jp.selfcare.bulk.BulkGroupSearch;
import jp.selfcare.bulk.GroupStateException;
import jp.selfcare.bulk.UnknownGroupException;
import jp.selfcare.bulk.csv.CsvRefusedException;
import jp.selfcare.bulk.download.BulkSettingsDownloads;
import jp.selfcare.bulk.upload.BulkSettingsUploads;
import jp.selfcare.history.SettingsHistory;

/** 一括転送 through the services, as a settings login, and what the tests read about it. */
@RequestScoped
@Path("bulk")
@Produces(MediaType.TEXT_PLAIN)
public class ItBulkSupport {

  @EJB private BulkForwardingGroups groups;

  @EJB private BulkGroupSearch groupSearch;

  @EJB private BulkActivations activations;

  @EJB private ItBulkData data;

  @EJB private BulkSettingsUploads uploads;

  @EJB private BulkSettingsDownloads downloads;

  @EJB private SettingsHistory settingsHistory;

  @Inject private ItSettingsCaller callers;

  /** "OK groupId" or "INVALID [problems] numbers". */
  @POST
  @Path("register")
  public String register(
      @QueryParam("as") String as,
      @QueryParam("site") String site,
      @QueryParam("name") String name,
      @QueryParam("numbers") String numbers) {
    return call(
        as,
        () -> {
          BulkForwardingGroups.Outcome outcome =
              groups.register(
                  data.siteId(site),
                  name,
                  numbers == null || numbers.isBlank() ? List.of() : List.of(numbers.split(",")));
          return outcome.accepted()
              ? "OK " + outcome.groupId()
              : "INVALID " + outcome.problems() + " " + String.join(",", outcome.numbers());
        });
  }

  /** "OK operationId", "REFUSED reason" or "CONFLICT …". */
  @POST
  @Path("activate")
  public String activate(
      @QueryParam("as") String as,
      @QueryParam("group") long group,
      @QueryParam("activation") Activation activation) {
    return call(as, () -> "OK " + activations.request(group, activation, Locale.JAPANESE));
  }

  /** "done total". */
  @POST
  @Path("progress")
  public String progress(@QueryParam("as") String as, @QueryParam("operation") long operation) {
    return call(
        as,
        () -> {
          jp.selfcare.history.Progress p = activations.progress(operation);
          return p.done() + " " + p.total();
        });
  }

  /** "NAME STATE n1,n2,…". */
  @POST
  @Path("detail")
  public String detail(@QueryParam("as") String as, @QueryParam("group") long group) {
    return call(
        as,
        () -> {
          BulkGroupSearch.Detail d = groupSearch.detail(group);
          return d.name()
              + " "
              + d.state()
              + " "
              + String.join(",", d.numbers())
              + " "
              + d.version();
        });
  }

  /** "OK" or "INVALID [problems] numbers" or "REFUSED reason". */
  @POST
  @Path("change")
  public String change(
      @QueryParam("as") String as,
      @QueryParam("group") long group,
      @QueryParam("version") long version,
      @QueryParam("numbers") String numbers) {
    return call(
        as,
        () -> {
          BulkForwardingGroups.Outcome outcome =
              groups.change(group, version, List.of(numbers.split(",")));
          return outcome.accepted()
              ? "OK"
              : "INVALID " + outcome.problems() + " " + String.join(",", outcome.numbers());
        });
  }

  @POST
  @Path("delete")
  public String delete(@QueryParam("as") String as, @QueryParam("group") long group) {
    return call(
        as,
        () -> {
          groups.delete(group);
          return "OK";
        });
  }

  @GET
  @Path("state")
  public String state(@QueryParam("group") long group) {
    return data.state(group);
  }

  @POST
  @Path("force-state")
  public String forceState(@QueryParam("group") long group, @QueryParam("state") String state) {
    data.forceState(group, state);
    return "OK";
  }

  @GET
  @Path("operation")
  public String operation(@QueryParam("id") long id) {
    return data.operation(id);
  }

  @GET
  @Path("execution")
  public String execution(@QueryParam("operation") long operation) {
    return Long.toString(data.execution(operation));
  }

  @GET
  @Path("result-files")
  public String resultFiles(@QueryParam("operation") long operation) {
    return data.resultFiles(operation);
  }

  @GET
  @Path("entries")
  public String entries(@QueryParam("type") String type, @QueryParam("target") String target) {
    return Long.toString(data.entries(type, target));
  }

  @POST
  @Path("hold-member")
  public String holdMember(
      @QueryParam("group") long group,
      @QueryParam("index") int index,
      @QueryParam("seconds") int seconds) {
    data.holdMember(group, index, seconds);
    return "OK";
  }

  @POST
  @Path("hold-setting")
  public String holdSetting(
      @QueryParam("number") String number, @QueryParam("seconds") int seconds) {
    data.holdSetting(number, seconds);
    return "OK";
  }

  @POST
  @Path("hold-operation")
  public String holdOperation(@QueryParam("id") long id, @QueryParam("seconds") int seconds) {
    data.holdOperation(id, seconds);
    return "OK";
  }

  @GET
  @Path("database")
  public String database() throws java.sql.SQLException {
    return data.database();
  }

  @GET
  @Path("applied")
  public String applied(@QueryParam("operation") long operation, @QueryParam("group") long group) {
    return data.applied(operation, group);
  }

  /**
   * "OK operationId" or "REFUSED reason" for the body as an uploaded file (base64 of its bytes).
   */
  @POST
  @Path("upload")
  public String upload(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("dry") boolean dry,
      String base64) {
    return call(
        as,
        pw,
        () -> {
          try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("it-upload", ".csv");
            try {
              java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode(base64.strip()));
              return "OK " + uploads.upload(file, "it.csv", dry, Locale.JAPANESE);
            } finally {
              java.nio.file.Files.deleteIfExists(file);
            }
          } catch (CsvRefusedException e) {
            return "REFUSED " + e.reason();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /**
   * "OK operationId", "NOT_ALLOWED" or "INVALID": every number of the search, or those in {@code
   * numbers} (comma-separated; "-" for an empty selection).
   */
  @POST
  @Path("download")
  public String download(
      @QueryParam("as") String as,
      @QueryParam("site") String site,
      @QueryParam("part") String part,
      @QueryParam("numbers") String numbers,
      @QueryParam("pw") String pw) {
    return call(
        as,
        pw,
        () -> {
          if (numbers == null) {
            return "OK " + downloads.request(site, part);
          }
          try {
            return "OK "
                + downloads.request(
                    site, part, numbers.equals("-") ? List.of() : List.of(numbers.split(",")));
          } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
              return "INVALID";
            }
            throw e;
          }
        });
  }

  @GET
  @Path("result-file-base64")
  public String resultFileBase64(@QueryParam("operation") long operation) {
    return data.resultFileBase64(operation);
  }

  @POST
  @Path("jdbc-batch")
  public String jdbcBatch(@QueryParam("rows") int rows) throws java.sql.SQLException {
    return Long.toString(data.jdbcBatchInsert(rows));
  }

  /**
   * The settings history as a login sees it, for entries whose target contains {@code target}: one
   * line per entry, "TYPE STATE done/total files" (done/total "-" when not counted, files "-" when
   * the detail is not visible), newest first.
   */
  @GET
  @Path("history")
  public String history(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("target") String target) {
    return callers.as(
        as,
        pw,
        () -> {
          SettingsHistory.Query query = new SettingsHistory.Query(null, null, null, null, target);
          StringBuilder out = new StringBuilder();
          for (SettingsHistory.Entry e : settingsHistory.page(query, 0, SettingsHistory.MAX_PAGE)) {
            out.append(e.type())
                .append(' ')
                .append(e.state())
                .append(' ')
                .append(
                    e.progress() == null ? "-" : e.progress().done() + "/" + e.progress().total())
                .append(' ')
                .append(
                    settingsHistory.detail(e.id()).isPresent()
                        ? Integer.toString(settingsHistory.files(e.id()).size())
                        : "-")
                .append('\n');
          }
          return out.toString().strip();
        });
  }

  /** Whether a login sees an entry's detail: "files n" or "MISSING". */
  @GET
  @Path("history-detail")
  public String historyDetail(
      @QueryParam("as") String as, @QueryParam("pw") String pw, @QueryParam("id") long id) {
    return callers.as(
        as,
        pw,
        () ->
            settingsHistory.detail(id).isPresent()
                ? "files " + settingsHistory.files(id).size()
                : "MISSING");
  }

  @GET
  @Path("heap")
  public String heap(@QueryParam("live") boolean live) {
    return Long.toString(live ? data.heapLiveMb() : data.heapUsedMb());
  }

  @GET
  @Path("seconds")
  public String seconds(@QueryParam("operation") long operation) {
    return Double.toString(data.seconds(operation));
  }

  private String call(String as, Supplier<String> action) {
    return call(as, null, action);
  }

  /** The action as a login with its password (null: the demo password). */
  private String call(String as, String pw, Supplier<String> action) {
    return callers.as(
        as,
        pw,
        () -> {
          try {
            return action.get();
          } catch (GroupStateException e) {
            return "REFUSED " + e.reason();
          } catch (UnknownGroupException e) {
            return "UNKNOWN";
          }
        });
  }
}
