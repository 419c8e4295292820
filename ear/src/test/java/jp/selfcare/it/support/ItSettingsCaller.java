package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.TreeSet;
import java.util.function.Supplier;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.identity.settings.HandOffs;
import jp.selfcare.identity.settings.InvalidAccountException;
import jp.selfcare.identity.settings.SettingsLogin;
import jp.selfcare.identity.settings.SettingsLogin.Result;

/**
 * Runs a call as a settings-site login and turns the services' refusals into the answers tests
 * read: NOT_ALLOWED, "CONFLICT kind account", "REFUSED reason", "INVALID [problems]". {@code vg:Y…}
 * is the sample administrator's real hand-off for that voice group; anything else is a settings
 * login ID logged in with {@code pw} (default: the demo password) through the real login.
 */
@RequestScoped
public class ItSettingsCaller {

  /** The browser-session key the tests' hand-offs are bound to. */
  public static final String SESSION_KEY = "it-session-key";

  @EJB private SettingsLogin login;

  @EJB private HandOffs handOffs;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private Caller caller;

  public String as(String as, String pw, Supplier<String> call) {
    try {
      caller.signIn(signInAs(as, pw));
      return call.get();
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    } catch (HoldConflictException e) {
      return "CONFLICT " + e.blocking() + " " + e.account();
    } catch (UndoRefusedException e) {
      return "REFUSED " + e.reason();
    } catch (InvalidAccountException e) {
      TreeSet<String> all = new TreeSet<>();
      e.problems().forEach(p -> all.add(p.name()));
      e.violations().forEach(v -> all.add(v.name()));
      return "INVALID " + all;
    }
  }

  private SettingsSignIn signInAs(String as, String pw) {
    if (as.startsWith("vg:")) {
      caller.signIn(portalLogin.signInOf(portalUsers.idOf(DemoLogins.SAMPLE_ADMIN)));
      return handOffs
          .redeem(handOffs.issue(as.substring(3), SESSION_KEY), SESSION_KEY)
          .orElseThrow();
    }
    Result result = login.checkPassword(as, pw == null || pw.isEmpty() ? DemoLogins.PASSWORD : pw);
    if (result.outcome() == SettingsLogin.Outcome.SET_UP_OFFERED) {
      result = login.skipSetUp(result.ticket());
    }
    if (result.signIn() == null) {
      throw new IllegalStateException(as + " did not log in: " + result.outcome());
    }
    return result.signIn();
  }
}
