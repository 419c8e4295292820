package jp.selfcare.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.webbilling.AddressChanges;
import jp.selfcare.webbilling.CancelReason;
import jp.selfcare.webbilling.CredentialChange;
import jp.selfcare.webbilling.LinesRefused;
import jp.selfcare.webbilling.MemberAccount;
import jp.selfcare.webbilling.MemberLogin;
import jp.selfcare.webbilling.MemberRefused;
import jp.selfcare.webbilling.SecretQuestion;
import jp.selfcare.webbilling.TargetLines;

/**
 * Web Billing members for the tests: created registered (as the demo writer does), logged in
 * through the real login, and their services called as them. Refusals come back as "INVALID
 * [rules]" (lines: "INVALID number=PROBLEM …"), a refused caller as NOT_ALLOWED.
 */
@RequestScoped
@Path("members")
@Produces(MediaType.TEXT_PLAIN)
public class ItMemberSupport {

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @EJB private MemberLogin login;

  @EJB private MemberAccount account;

  @EJB private AddressChanges addresses;

  @EJB private TargetLines lines;

  @EJB private jp.selfcare.webbilling.MemberBills bills;

  @EJB private jp.selfcare.webbilling.BillNotices notices;

  @EJB private jp.selfcare.webbilling.MemberDocuments documents;

  @EJB private jp.selfcare.webbilling.MemberRetention retentionPurge;

  @EJB private jp.selfcare.history.ResultFileStore files;

  @Inject private Caller caller;

  /**
   * A registered member of the customer with the password, the secret question FIRST_PET and the
   * answer, and the target lines given (comma-separated); its id.
   */
  @POST
  @Path("new")
  public String create(
      @QueryParam("customer") String customer,
      @QueryParam("login") String loginId,
      @QueryParam("password") String password,
      @QueryParam("answer") String answer,
      @QueryParam("secretAuth") boolean secretAuth,
      @QueryParam("mail") String mail,
      @QueryParam("lines") String numbers)
      throws SQLException {
    PasswordHasher fast = PasswordHasher.DEFAULT;
    String hash = fast.hash(password);
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = dataSource.getConnection()) {
      long customerId;
      String holder;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, contractor_name FROM customer WHERE customer_number = ?")) {
        s.setString(1, customer);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          customerId = rs.getLong(1);
          holder = rs.getString(2);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO billing_member (customer_id, login_id, name, holder_name, contact_mail,"
                  + " password_hash, secret_question, secret_answer_hash, secret_auth,"
                  + " state, registered_at) VALUES (?, ?, '経理 太郎', ?, ?, ?, 'FIRST_PET', ?, ?,"
                  + " 'ACTIVE', ?)")) {
        s.setLong(1, customerId);
        s.setString(2, loginId);
        s.setString(3, holder);
        s.setString(4, mail);
        s.setString(5, hash);
        s.setString(6, fast.hash(answer));
        s.setBoolean(7, secretAuth);
        s.setTimestamp(8, now);
        s.executeUpdate();
      }
      long id = memberId(c, loginId);
      history(c, id, "LOGIN_ID", loginId, now);
      history(c, id, "PASSWORD", hash, now);
      if (numbers != null && !numbers.isBlank()) {
        for (String number : numbers.split(",")) {
          line(c, id, number, customerId, now);
        }
      }
      return Long.toString(id);
    }
  }

  /** Fills the member's target lines up to {@code total} with numbers nobody bills (09x…). */
  @POST
  @Path("fill")
  public String fill(@QueryParam("login") String loginId, @QueryParam("total") int total)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = dataSource.getConnection()) {
      long id = memberId(c, loginId);
      int held;
      try (PreparedStatement s =
          c.prepareStatement("SELECT COUNT(*) FROM billing_member_line WHERE member_id = ?")) {
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          held = rs.getInt(1);
        }
      }
      for (int i = held; i < total; i++) {
        line(c, id, String.format("0990%07d", i), 0, now);
      }
      return Integer.toString(total);
    }
  }

  /** The password step (and the answer, when asked and given): the outcome. */
  @POST
  @Path("login")
  public String login(
      @QueryParam("login") String loginId,
      @QueryParam("password") String password,
      @QueryParam("answer") String answer) {
    MemberLogin.Result result = login.checkPassword(loginId, password);
    if (result.outcome() == MemberLogin.Outcome.QUESTION_ASKED && answer != null) {
      return "QUESTION "
          + result.question()
          + " "
          + login.answer(result.ticket(), answer).outcome();
    }
    return result.outcome().name();
  }

  @POST
  @Path("credentials")
  public String credentials(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("kind") String kind,
      @QueryParam("currentId") String currentId,
      @QueryParam("newId") String newId,
      @QueryParam("newIdAgain") String newIdAgain,
      @QueryParam("currentPw") String currentPw,
      @QueryParam("newPw") String newPw,
      @QueryParam("newPwAgain") String newPwAgain) {
    return as(
        as,
        pw,
        () ->
            account
                    .changeCredentials(
                        new CredentialChange(
                            CredentialChange.Kind.valueOf(kind),
                            currentId,
                            newId,
                            newIdAgain,
                            currentPw,
                            newPw,
                            newPwAgain))
                    .loginId()
                + " OK");
  }

  @POST
  @Path("mail-change")
  public String mailChange(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("mail") String mail,
      @QueryParam("again") String again,
      @QueryParam("question") String question,
      @QueryParam("answer") String answer) {
    return as(
        as,
        pw,
        () -> {
          addresses.requestMailChange(mail, again, question(question), answer);
          return "OK";
        });
  }

  @POST
  @Path("bill-mail")
  public String billMail(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("on") boolean on,
      @QueryParam("address") String address,
      @QueryParam("again") String again) {
    return as(as, pw, () -> addresses.billMail(on, address, again) ? "MAILED" : "OK");
  }

  /** The mailed link's state, or its confirmation when a question is given. */
  @POST
  @Path("confirm")
  public String confirm(
      @QueryParam("token") String token,
      @QueryParam("question") String question,
      @QueryParam("answer") String answer) {
    if (question == null) {
      return addresses.link(token).state().name();
    }
    return refusals(
        () -> {
          addresses.confirm(token, question(question), answer);
          return "OK";
        });
  }

  @POST
  @Path("lines")
  public String lines(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("add") String add,
      @QueryParam("remove") String remove) {
    return as(
        as,
        pw,
        () -> {
          lines.change(list(add), list(remove));
          return "OK";
        });
  }

  /** 追加's check of one number against a pending list. */
  @POST
  @Path("check-line")
  public String checkLine(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("number") String number,
      @QueryParam("pending") String pending) {
    return as(as, pw, () -> lines.check(number, list(pending)).map(Enum::name).orElse("OK"));
  }

  @POST
  @Path("cancel")
  public String cancel(
      @QueryParam("as") String as, @QueryParam("pw") String pw, @QueryParam("reason") String r) {
    return as(
        as,
        pw,
        () -> {
          account.cancel(r == null ? null : CancelReason.valueOf(r));
          return "OK";
        });
  }

  /** The member's months: "month total due paid|unpaid bills" per line, newest first. */
  @POST
  @Path("months")
  public String months(@QueryParam("as") String as, @QueryParam("pw") String pw) {
    return as(
        as,
        pw,
        () ->
            String.join(
                "\n",
                bills.months().stream()
                    .map(
                        m ->
                            m.month()
                                + " "
                                + m.total()
                                + " "
                                + m.due()
                                + " "
                                + (m.paid() ? "paid" : "unpaid")
                                + " "
                                + m.bills())
                    .toList()));
  }

  /** The member's bills of the month: "payer total: numbers…" per bill. */
  @POST
  @Path("bills")
  public String bills(
      @QueryParam("as") String as, @QueryParam("pw") String pw, @QueryParam("month") String m) {
    return as(
        as,
        pw,
        () ->
            String.join(
                "\n",
                bills.bills(java.time.YearMonth.parse(m)).stream()
                    .map(
                        b ->
                            (b.representativeNumber() == null
                                    ? b.contractNumber()
                                    : b.representativeNumber())
                                + " "
                                + b.total()
                                + ": "
                                + String.join(
                                    ",",
                                    b.lines().stream()
                                        .map(l -> String.valueOf(l.number()))
                                        .toList()))
                    .toList()));
  }

  /** The chart's months with a charge: "month basic addOns calls". */
  @POST
  @Path("chart")
  public String chart(@QueryParam("as") String as, @QueryParam("pw") String pw) {
    return as(
        as,
        pw,
        () ->
            String.join(
                "\n",
                bills.chart().stream()
                    .map(c -> c.month() + " " + c.basic() + " " + c.addOns() + " " + c.calls())
                    .toList()));
  }

  /** Backdates when the numbers became their customer's (they were provisioned today). */
  @POST
  @Path("held-since")
  public String heldSince(@QueryParam("numbers") String numbers, @QueryParam("day") String day)
      throws SQLException {
    int changed = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE number_period SET first_day = ? WHERE number = ?")) {
      for (String number : numbers.split(",")) {
        s.setDate(1, java.sql.Date.valueOf(day));
        s.setString(2, number);
        changed += s.executeUpdate();
      }
    }
    return Integer.toString(changed);
  }

  /** Applies for a document as the member: the history entry's id. */
  @POST
  @Path("document")
  public String document(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("kind") String kind,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return as(
        as,
        pw,
        () ->
            Long.toString(
                documents.request(
                    jp.selfcare.history.OperationType.valueOf(kind),
                    from == null ? null : java.time.YearMonth.parse(from),
                    to == null ? null : java.time.YearMonth.parse(to),
                    java.util.Locale.JAPANESE)));
  }

  /** Whether the member may download the result file: its size, or NOT_FOUND. */
  @POST
  @Path("file")
  public String file(
      @QueryParam("as") String as, @QueryParam("pw") String pw, @QueryParam("id") long id) {
    return as(
        as,
        pw,
        () -> files.visibleToCaller(id).map(f -> Long.toString(f.sizeBytes())).orElse("NOT_FOUND"));
  }

  /** The nightly retention purge, run now: how many members went. */
  @POST
  @Path("retention")
  public String retention() {
    return Integer.toString(retentionPurge.purge());
  }

  /** The bill notification's sweep, as its timer runs it. */
  @POST
  @Path("sweep")
  public String sweep() {
    notices.sweep();
    return "OK";
  }

  private String as(String loginId, String pw, Supplier<String> call) {
    MemberLogin.Result result = login.checkPassword(loginId, pw);
    if (result.outcome() == MemberLogin.Outcome.QUESTION_ASKED) {
      throw new IllegalStateException("test members act without the secret question");
    }
    if (result.signIn() == null) {
      return "LOGIN " + result.outcome();
    }
    caller.signIn(result.signIn());
    return refusals(call);
  }

  private static String refusals(Supplier<String> call) {
    try {
      return call.get();
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    } catch (LinesRefused e) {
      StringBuilder out = new StringBuilder("INVALID");
      e.byNumber().forEach((n, p) -> out.append(' ').append(n).append('=').append(p));
      e.problems().stream()
          .filter(p -> !e.byNumber().containsValue(p))
          .forEach(p -> out.append(' ').append(p));
      return out.toString();
    } catch (MemberRefused e) {
      TreeSet<String> all = new TreeSet<>();
      e.problems().forEach(p -> all.add(p.name()));
      e.violations().forEach(v -> all.add(v.name()));
      return "INVALID " + all;
    }
  }

  private static SecretQuestion question(String name) {
    return name == null || name.isEmpty() ? null : SecretQuestion.valueOf(name);
  }

  private static List<String> list(String csv) {
    return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
  }

  private static long memberId(Connection c, String loginId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT id FROM billing_member WHERE login_id = ?")) {
      s.setString(1, loginId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void history(Connection c, long id, String kind, String value, Timestamp at)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO billing_member_history (member_id, kind, credential, changed_at)"
                + " VALUES (?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setString(2, kind);
      s.setString(3, value);
      s.setTimestamp(4, at);
      s.executeUpdate();
    }
  }

  /** A target line of the customer (0: the member's own). */
  private static void line(Connection c, long id, String number, long customerId, Timestamp at)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO billing_member_line (member_id, number, added_at, customer_id)"
                + " SELECT ?, ?, ?, CASE WHEN ? = 0 THEN customer_id ELSE ? END"
                + " FROM billing_member WHERE id = ?")) {
      s.setLong(1, id);
      s.setString(2, number);
      s.setTimestamp(3, at);
      s.setLong(4, customerId);
      s.setLong(5, customerId);
      s.setLong(6, id);
      s.executeUpdate();
    }
  }
}
