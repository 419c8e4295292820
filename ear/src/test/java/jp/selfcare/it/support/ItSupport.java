package jp.selfcare.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.directory.NumberDirectory;
import jp.selfcare.directory.NumberFilter;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.permission.Access;
import jp.selfcare.identity.permission.InvalidGroupException;
import jp.selfcare.identity.permission.ScopeType;
import jp.selfcare.identity.permission.UserGroups;
import jp.selfcare.identity.portal.InvalidRegistrationException;
import jp.selfcare.identity.portal.NewPortalUser;
import jp.selfcare.identity.portal.PasswordSetting;
import jp.selfcare.identity.portal.PortalAccount;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.identity.portal.PortalRegistration;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.PortalUsers;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.mail.MailMessage;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.numbers.export.NumberInformationDownloads;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.UnknownContractException;
import jp.selfcare.time.ShiftableClock;

/**
 * Test-only endpoints deployed beside the EAR by the ITs (never shipped): they call the real
 * services and report what the database holds, in plain text.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_PLAIN)
public class ItSupport {

  @EJB private MailOutbox mailOutbox;

  @EJB private NumberInformationDownloads downloads;

  @EJB private OperationHistory history;

  @EJB private ResultFileStore files;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private ShiftableClock clock;

  @Inject private Caller caller;

  @EJB private NumberDirectory directory;

  @EJB private UserGroups groups;

  @EJB private PortalUsers users;

  @EJB private AuditTrail auditTrail;

  @EJB private PortalAccount account;

  @EJB private PortalRegistration registration;

  /** The JAX-RS application of the support WAR. */
  @ApplicationPath("/")
  public static class ItSupportApplication extends Application {}

  @POST
  @Path("mail")
  public String mail(
      @QueryParam("id") String id,
      @QueryParam("to") String to,
      @QueryParam("subject") String subject) {
    mailOutbox.enqueue(new MailMessage(id, to, subject, "本文: " + subject));
    return "queued";
  }

  /** One SQL count query, e.g. {@code SELECT COUNT(*) FROM ip_number}. */
  @GET
  @Path("count")
  public String count(@QueryParam("sql") String sql) throws SQLException {
    if (!sql.toUpperCase(Locale.ROOT).startsWith("SELECT COUNT(")) {
      throw new IllegalArgumentException("count queries only");
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return Long.toString(rs.getLong(1));
    }
  }

  /** Requests a download as the given demo user (default: the sample customer's administrator). */
  @POST
  @Path("downloads")
  public String requestDownload(
      @QueryParam("contract") String contract,
      @QueryParam("lang") String lang,
      @QueryParam("as") String as) {
    signIn(as);
    try {
      return Long.toString(
          downloads.request(new ContractNumber(contract), Locale.forLanguageTag(lang)));
    } catch (UnknownContractException e) {
      return "UNKNOWN_CONTRACT";
    }
  }

  /** NumberDirectory.count of every number, as the given user sees it. */
  @GET
  @Path("directory-count")
  public String directoryCount(@QueryParam("as") String as) {
    signIn(as);
    return Long.toString(directory.count(NumberFilter.ALL));
  }

  /** PortalAccess calls as the given user: create a group, add a member, set a permission. */
  @POST
  @Path("groups")
  public String createGroup(
      @QueryParam("as") String as,
      @QueryParam("name") String name,
      @QueryParam("all") boolean all) {
    signIn(as);
    return orNotAllowed(
        () -> {
          return Long.toString(groups.create(name, null, all));
        });
  }

  @POST
  @Path("groups/{id}/members")
  public String addMember(
      @PathParam("id") long id, @QueryParam("as") String as, @QueryParam("user") String user) {
    signIn(as);
    return orNotAllowed(
        () -> {
          groups.addMember(id, portalUsers.idOf(user));
          return "ok";
        });
  }

  @POST
  @Path("groups/{id}/permissions")
  public String permit(
      @PathParam("id") long id,
      @QueryParam("as") String as,
      @QueryParam("scope") String scope,
      @QueryParam("value") String value,
      @QueryParam("access") String level) {
    signIn(as);
    return orNotAllowed(
        () -> {
          groups.permit(id, ScopeType.valueOf(scope), value, Access.valueOf(level));
          return "ok";
        });
  }

  /** PortalAccount.switchMySecondStep as the given user. */
  @POST
  @Path("second-step/mine")
  public String switchMine(@QueryParam("as") String as, @QueryParam("method") String method) {
    signIn(as);
    account.switchMySecondStep(SecondStep.valueOf(method));
    return "ok";
  }

  /** PortalAccount.switchSecondStepOf as the given user. */
  @POST
  @Path("second-step/of")
  public String switchOf(
      @QueryParam("as") String as,
      @QueryParam("user") String user,
      @QueryParam("method") String method) {
    signIn(as);
    return orNotAllowed(
        () -> {
          account.switchSecondStepOf(portalUsers.idOf(user), SecondStep.valueOf(method));
          return "ok";
        });
  }

  /** AuditTrail.count as the given user. */
  @GET
  @Path("audit-count")
  public String auditCount(@QueryParam("as") String as, @QueryParam("account") String account) {
    signIn(as);
    return orNotAllowed(
        () -> {
          return Long.toString(auditTrail.count(account));
        });
  }

  /** AuditTrail.operatorCount without a container login: the EJB container must refuse it. */
  @GET
  @Path("operator-audit-count")
  public String operatorAuditCount() {
    try {
      return Long.toString(auditTrail.operatorCount(null, null));
    } catch (jakarta.ejb.EJBAccessException e) {
      return "NOT_ALLOWED";
    }
  }

  /** The call's answer, or "NOT_ALLOWED" when the service refused the caller. */
  private static String orNotAllowed(Supplier<String> call) {
    try {
      return call.get();
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    } catch (InvalidGroupException e) {
      return "INVALID " + new TreeSet<>(e.problems().stream().map(Enum::name).toList());
    } catch (InvalidRegistrationException e) {
      return "INVALID " + new TreeSet<>(e.problems().stream().map(Enum::name).toList());
    }
  }

  /** PortalUsers.edit as the given user: changes name and role, keeps the other fields. */
  @POST
  @Path("portal-users/edit")
  public String editUser(
      @QueryParam("as") String as,
      @QueryParam("user") String user,
      @QueryParam("name") String name,
      @QueryParam("role") String role) {
    signIn(as);
    return orNotAllowed(
        () -> {
          long id = portalUsers.idOf(user);
          NewPortalUser now = users.detail(id);
          users.edit(
              id,
              new NewPortalUser(
                  name,
                  now.mailAddress(),
                  now.phone(),
                  now.secondStep(),
                  PortalRole.valueOf(role),
                  now.mailLanguage(),
                  now.timeZone(),
                  now.title(),
                  now.mobile(),
                  now.comment(),
                  now.mobileLineMail()));
          return "ok";
        });
  }

  /** PortalUsers.delete as the given user. */
  @POST
  @Path("portal-users/delete")
  public String deleteUser(@QueryParam("as") String as, @QueryParam("user") String user) {
    signIn(as);
    return orNotAllowed(
        () -> {
          users.delete(portalUsers.idOf(user));
          return "ok";
        });
  }

  private void signInById(long userId) {
    this.caller.signIn(portalLogin.signInOf(userId));
  }

  private void signIn(String loginId) {
    String login = loginId == null ? DemoLogins.SAMPLE_ADMIN : loginId;
    caller.signIn(portalLogin.signInOf(portalUsers.idOf(login)));
  }

  @GET
  @Path("operations/{id}")
  public String operationState(@PathParam("id") long id) {
    return history.byId(id).orElseThrow().state().name();
  }

  /** Creates a portal user of the sample customer with a password; returns its login ID. */
  @POST
  @Path("portal-users")
  public String createPortalUser(
      @QueryParam("login") String login,
      @QueryParam("password") String password,
      @QueryParam("totpSecret") String totpSecret) {
    return portalUsers.create(login, password, totpSecret);
  }

  /** The first login step's outcome. */
  @POST
  @Path("portal-login")
  public String portalLogin(
      @QueryParam("login") String login, @QueryParam("password") String password) {
    PortalLogin.FirstStepResult result = portalLogin.checkPassword(login, password);
    return result.outcome().name() + (result.ticket() == null ? "" : " " + result.ticket());
  }

  /** The second login step's outcome. */
  @POST
  @Path("portal-code")
  public String portalCode(@QueryParam("ticket") String ticket, @QueryParam("code") String code) {
    return portalLogin.enterCode(ticket, code).outcome().name();
  }

  @POST
  @Path("portal-resend")
  public String portalResend(@QueryParam("ticket") String ticket) {
    return Boolean.toString(portalLogin.resendMailCode(ticket));
  }

  /** Creates a user with the given role directly (no mail); returns its id. */
  @POST
  @Path("portal-users/direct")
  public String createDirect(@QueryParam("login") String login, @QueryParam("role") String role) {
    return Long.toString(portalUsers.createWithRole(login, PortalRole.valueOf(role)));
  }

  /** PortalRegistration.addUser as the given caller; "NOT_ALLOWED" or the problems on refusal. */
  @POST
  @Path("portal-registration")
  public String addUser(
      @QueryParam("caller") long caller,
      @QueryParam("name") String name,
      @QueryParam("mail") String mail,
      @QueryParam("phone") String phone,
      @QueryParam("lang") String lang,
      @QueryParam("secondStep") String secondStep) {
    try {
      signInById(caller);
      return Long.toString(
          registration.addUser(
              new NewPortalUser(
                  name,
                  mail,
                  phone,
                  secondStep == null ? SecondStep.MAIL_OTP : SecondStep.valueOf(secondStep),
                  PortalRole.GENERAL,
                  Locale.forLanguageTag(lang),
                  ZoneId.of("Asia/Tokyo"),
                  null,
                  null,
                  null,
                  false)));
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    } catch (InvalidRegistrationException e) {
      return "INVALID " + new TreeSet<>(e.problems().stream().map(Enum::name).toList());
    }
  }

  @GET
  @Path("portal-link")
  public String linkState(@QueryParam("token") String token) {
    return registration.linkState(token).name();
  }

  @POST
  @Path("portal-password")
  public String setPassword(
      @QueryParam("token") String token,
      @QueryParam("login") String login,
      @QueryParam("name") String name,
      @QueryParam("phone") String phone,
      @QueryParam("password") String password,
      @QueryParam("confirmation") String confirmation) {
    PasswordSetting result =
        registration.setPassword(token, login, name, phone, password, confirmation);
    return result.outcome().name()
        + (result.violations().isEmpty()
            ? ""
            : " " + new TreeSet<>(result.violations().stream().map(Enum::name).toList()));
  }

  @POST
  @Path("portal-reset")
  public String reset(@QueryParam("login") String login) {
    registration.requestPasswordReset(login);
    return "accepted";
  }

  @POST
  @Path("clock/shift")
  public String shiftClock(@QueryParam("seconds") long seconds) {
    clock.shift(Duration.ofSeconds(seconds));
    return clock.instant().toString();
  }

  @POST
  @Path("clock/reset")
  public String resetClock() {
    clock.reset();
    return clock.instant().toString();
  }

  /** A result file's content as the given demo user sees it (default: the sample administrator). */
  @GET
  @Path("files/{id}")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public byte[] file(@PathParam("id") long id, @QueryParam("as") String as) {
    signIn(as);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.copyContent(id, out);
    return out.toByteArray();
  }

  /** Lines of "fileId TAB fileName". */
  @GET
  @Path("operations/{id}/files")
  public String operationFiles(@PathParam("id") long id) {
    return files.filesOf(id).stream()
        .map(f -> f.id() + "\t" + f.fileName())
        .collect(Collectors.joining("\n"));
  }
}
