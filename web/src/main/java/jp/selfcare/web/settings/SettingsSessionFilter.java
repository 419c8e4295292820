package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.SessionCheck;
import jp.selfcare.web.SignedInFilter;

/**
 * Everything under /settings/ needs a completed Web Settings Site login, except its login pages and
 * the hand-off ({@link SignedInFilter}). An account that was deleted, locked, given a new password
 * or lost its voice group is logged out at once ({@link SessionCheck}); a valid one is refreshed in
 * the session (its functions may have changed).
 */
@WebFilter(urlPatterns = "/settings/*")
public class SettingsSessionFilter extends SignedInFilter {

  private static final long serialVersionUID = 1L;

  static final String LOGIN_PAGE = "/settings/login.xhtml";

  private static final Set<String> OPEN =
      Set.of(LOGIN_PAGE, "/settings/second.xhtml", "/settings/release.xhtml", HandOffServlet.PATH);

  @Inject private SettingsSession session;

  @Inject private Caller caller;

  @EJB private SessionCheck sessions;

  public SettingsSessionFilter() {
    super(LOGIN_PAGE, OPEN);
  }

  @Override
  protected boolean loggedIn() {
    return session.isLoggedIn();
  }

  @Override
  protected boolean admit() {
    Optional<SettingsSignIn> current = sessions.settings(session.signIn());
    if (current.isEmpty()) {
      return false;
    }
    session.refresh(current.get());
    caller.signIn(current.get());
    return true;
  }
}
