package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import java.util.function.Supplier;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.events.ChangeFeed;
import jp.selfcare.forwarding.Forwarding;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.history.SettingsHistory;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.identity.settings.HandOffs;
import jp.selfcare.identity.settings.MyAccount;
import jp.selfcare.identity.settings.NewSettingsAccount;
import jp.selfcare.identity.settings.SettingsAccount.Kind;
import jp.selfcare.identity.settings.SettingsAccounts;
import jp.selfcare.identity.settings.SettingsLogin;
import jp.selfcare.identity.settings.SettingsLogin.Result;
import jp.selfcare.settingschange.SettingsUndo;

/**
 * Test-only endpoints for the Web Settings Site services: each step of its login, the hand-off,
 * account management and the scope check, called as a given login; answers in plain text.
 *
 * <p>{@code as} names the caller: {@code vg:Y15000001} is the sample administrator arriving through
 * a real hand-off for that voice group; anything else is a settings login ID logged in with {@code
 * pw} (default: the demo password) through the real login.
 */
@RequestScoped
@Path("settings-site")
@Produces(MediaType.TEXT_PLAIN)
public class ItSettingsSupport {

  @EJB private SettingsLogin login;

  @EJB private SettingsAccounts accounts;

  @EJB private MyAccount myAccount;

  @EJB private SettingsScope scope;

  @EJB private HandOffs handOffs;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @EJB private ItSettingsData data;

  @Inject private Caller caller;

  @Inject private ItSettingsCaller callers;

  @EJB private Forwarding forwarding;

  @EJB private SettingsUndo settingsUndo;

  @EJB private SettingsHistory history;

  @Inject private ChangeFeed feed;

  @POST
  @Path("login")
  public String login(@QueryParam("login") String loginId, @QueryParam("password") String pw) {
    return show(login.checkPassword(loginId, pw));
  }

  @POST
  @Path("address")
  public String address(@QueryParam("ticket") String ticket, @QueryParam("address") String a) {
    return show(login.registerAddress(ticket, a));
  }

  @POST
  @Path("skip")
  public String skip(@QueryParam("ticket") String ticket) {
    return show(login.skipSetUp(ticket));
  }

  @POST
  @Path("code")
  public String code(@QueryParam("ticket") String ticket, @QueryParam("code") String code) {
    return show(login.enterCode(ticket, code));
  }

  @POST
  @Path("resend")
  public String resend(@QueryParam("ticket") String ticket) {
    return login.resendCode(ticket) ? "SENT" : "START_AGAIN";
  }

  @POST
  @Path("release")
  public String release(
      @QueryParam("ticket") String ticket,
      @QueryParam("address") String address,
      @QueryParam("customer") String customer,
      @QueryParam("name") String name) {
    return show(login.release(ticket, address, customer, name));
  }

  /** Registers an account as the given caller: "loginId password" or the refusal. */
  @POST
  @Path("accounts")
  public String register(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("kind") String kind,
      @QueryParam("site") String site,
      @QueryParam("number") String number,
      @QueryParam("password") String password,
      @QueryParam("twoStep") boolean twoStep) {
    return as(
        as,
        pw,
        () -> {
          SettingsAccounts.IssuedAccount issued =
              accounts.register(
                  new NewSettingsAccount(
                      Kind.valueOf(kind), site, number, password, password, twoStep));
          return issued.loginId() + " " + issued.password();
        });
  }

  @POST
  @Path("accounts/unlock")
  public String unlock(
      @QueryParam("as") String as, @QueryParam("pw") String pw, @QueryParam("account") String id) {
    return as(
        as,
        pw,
        () -> {
          accounts.unlock(idOf(id));
          return "ok";
        });
  }

  @POST
  @Path("accounts/delete")
  public String delete(
      @QueryParam("as") String as, @QueryParam("pw") String pw, @QueryParam("account") String id) {
    return as(
        as,
        pw,
        () -> {
          accounts.delete(idOf(id));
          return "ok";
        });
  }

  @POST
  @Path("accounts/password")
  public String changePassword(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("current") String current,
      @QueryParam("password") String password) {
    return as(
        as,
        pw,
        () -> {
          myAccount.changeMyPassword(current, password, password);
          return "ok";
        });
  }

  /** 2段階認証設定変更 as the given login: step 1 with {@code address}, step 2 with {@code code}. */
  @POST
  @Path("accounts/address")
  public String changeAddress(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("address") String address,
      @QueryParam("code") String code) {
    return as(
        as,
        pw,
        () ->
            (code == null
                    ? myAccount.beginAddressChange(address)
                    : myAccount.confirmAddressChange(code))
                .name());
  }

  /** Forwarding.open as the given login: the hold id, NOT_ALLOWED or CONFLICT. */
  @POST
  @Path("forwarding/open")
  public String openForwarding(
      @QueryParam("as") String as, @QueryParam("pw") String pw, @QueryParam("number") String n) {
    return as(as, pw, () -> Long.toString(forwarding.open(data.numberId(n)).holdId()));
  }

  /**
   * Forwarding.change as the given login. {@code modes}: letters U, B, N, R; {@code lists}: five
   * comma-separated entries. Answers "OK operationId", "INVALID problems listProblems", NOT_ALLOWED
   * or "CONFLICT kind account".
   */
  @POST
  @Path("forwarding/change")
  public String changeForwarding(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("number") String n,
      @QueryParam("forward") boolean forward,
      @QueryParam("modes") String modes,
      @QueryParam("ring") String ring,
      @QueryParam("lists") String lists,
      @QueryParam("target") String target) {
    String m = modes == null ? "" : modes;
    ForwardingForm form =
        new ForwardingForm(
            forward,
            m.contains("U"),
            m.contains("B"),
            m.contains("N"),
            m.contains("R"),
            ring,
            java.util.List.of((lists == null ? ",,,," : lists).split(",", -1)),
            target == null || target.isBlank() ? null : ForwardingTarget.valueOf(target));
    return as(
        as,
        pw,
        () -> {
          Forwarding.Outcome outcome = forwarding.change(data.numberId(n), form);
          return outcome.validation().valid()
              ? "OK " + outcome.operationId() + (outcome.afterBulkStop() ? " AFTER_BULK_STOP" : "")
              : "INVALID "
                  + new TreeSet<>(outcome.validation().problems().stream().map(Enum::name).toList())
                  + " "
                  + outcome.validation().listProblems();
        });
  }

  /**
   * A valid forwarding change (unconditional to 03-1234-5678) made inside a transaction that then
   * rolls back: the event was fired, but nothing may be published or stored.
   */
  @POST
  @Path("forwarding/rolled-back")
  public String rolledBack(@QueryParam("as") String as, @QueryParam("number") String n) {
    return as(
        as,
        null,
        () -> {
          long id = data.numberId(n);
          ForwardingForm form =
              new ForwardingForm(
                  true,
                  true,
                  false,
                  false,
                  false,
                  "",
                  java.util.List.of("0312345678", "", "", "", ""),
                  ForwardingTarget.LIST_1);
          try {
            data.runThenRollBack(() -> forwarding.change(id, form));
          } catch (jakarta.ejb.EJBException e) {
            return "ROLLED_BACK";
          }
          return "NOT_ROLLED_BACK";
        });
  }

  /** Forwarding.undo as the given login: "OK id", "REFUSED reason", "INVALID …" or NOT_ALLOWED. */
  @POST
  @Path("forwarding/undo")
  public String undo(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("operation") long operation) {
    return as(
        as,
        pw,
        () -> {
          try {
            Forwarding.Outcome outcome = forwarding.undo(operation);
            return outcome.validation().valid()
                ? "OK " + outcome.operationId()
                : "INVALID " + outcome.validation().problems();
          } catch (UndoRefusedException e) {
            return "REFUSED " + e.reason();
          }
        });
  }

  /**
   * 設定履歴's 元に戻す of any entry (SettingsUndo) as the given login: "OK", "INVALID …", "REFUSED reason"
   * or NOT_ALLOWED.
   */
  @POST
  @Path("history/undo")
  public String undoEntry(@QueryParam("as") String as, @QueryParam("operation") long operation) {
    return as(
        as,
        null,
        () -> {
          try {
            SettingsUndo.Outcome outcome = settingsUndo.undo(operation);
            return outcome.restored() ? "OK" : "INVALID " + outcome.refusedBy().problems();
          } catch (UndoRefusedException e) {
            return "REFUSED " + e.reason();
          }
        });
  }

  /** SettingsHistory.count and the newest entry's target as the given login. */
  @POST
  @Path("history")
  public String history(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("target") String target,
      @QueryParam("from") String from) {
    SettingsHistory.Query query =
        new SettingsHistory.Query(
            from == null ? null : java.time.LocalDate.parse(from), null, null, null, target);
    return as(
        as,
        pw,
        () -> {
          java.util.List<SettingsHistory.Entry> page = history.page(query, 0, 10);
          return history.count(query) + (page.isEmpty() ? "" : " " + page.get(0).target());
        });
  }

  /** How many committed changes the feed holds for a number. */
  @jakarta.ws.rs.GET
  @Path("feed")
  public String feed(@QueryParam("number") String n) {
    long id = data.numberId(n);
    return Long.toString(feed.after(0).stream().filter(e -> e.change().ipNumberId() == id).count());
  }

  /** The nuisance rejections counted for a number (all months). */
  @jakarta.ws.rs.GET
  @Path("rejections")
  public String rejections(@QueryParam("number") String number) {
    return Long.toString(data.rejections(number));
  }

  /** Bulk forwarding applied to the number now (true) or its test group removed (false). */
  @POST
  @Path("bulk")
  public String bulk(@QueryParam("number") String number, @QueryParam("active") boolean active) {
    if (active) {
      data.bulkActive(number);
    } else {
      data.bulkStopped(number);
    }
    return "ok";
  }

  /** The scope check the settings services run, for a number given by its digits. */
  @POST
  @Path("scope/number")
  public String number(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("number") String number,
      @QueryParam("function") String function) {
    return as(
        as,
        pw,
        () -> {
          scope.requireNumber(SettingsFunction.valueOf(function), data.numberId(number));
          return "ok";
        });
  }

  /** A hand-off token issued as the given portal user, or NOT_ALLOWED. */
  @POST
  @Path("handoff/issue")
  public String issue(
      @QueryParam("as") String as,
      @QueryParam("vg") String voiceGroup,
      @QueryParam("key") String key) {
    caller.signIn(portalLogin.signInOf(portalUsers.idOf(as)));
    try {
      return handOffs.issue(voiceGroup, key == null ? ItSettingsCaller.SESSION_KEY : key);
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    }
  }

  /** The login a token opens, or NONE. */
  @POST
  @Path("handoff/redeem")
  public String redeem(@QueryParam("token") String token, @QueryParam("key") String key) {
    return handOffs
        .redeem(token, key == null ? ItSettingsCaller.SESSION_KEY : key)
        .map(s -> s.role() + " " + s.scopeLabel())
        .orElse("NONE");
  }

  /** A Business Mobile contract-ID account for N200000007 with the demo password. */
  @POST
  @Path("business-mobile")
  public String newBusinessMobile(@QueryParam("login") String loginId) {
    return data.create(loginId);
  }

  private long idOf(String loginId) {
    return data.accountId(loginId);
  }

  private String as(String as, String pw, Supplier<String> call) {
    return callers.as(as, pw, call);
  }

  private static String show(Result result) {
    return result.outcome().name() + (result.ticket() == null ? "" : " " + result.ticket());
  }
}
