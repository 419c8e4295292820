package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.SessionCheck;
import jp.selfcare.web.SignedInFilter;

/**
 * Everything under /portal/ and /files/ needs a completed portal login, except the login pages
 * themselves ({@link SignedInFilter}). A deleted, locked or demoted user, or one whose password was
 * set anew, is logged out at once ({@link SessionCheck}); without a login, pages redirect to the
 * login page and files answer 404. A user who has not agreed to the terms sees nothing else.
 */
@WebFilter(urlPatterns = {"/portal/*", "/files/*"})
public class PortalSessionFilter extends SignedInFilter {

  private static final long serialVersionUID = 1L;

  static final String LOGIN_PAGE = "/portal/login.xhtml";

  static final String TERMS_PAGE = "/portal/terms.xhtml";

  private static final Set<String> OPEN =
      Set.of(
          LOGIN_PAGE,
          "/portal/second.xhtml",
          "/portal/password.xhtml",
          "/portal/reset.xhtml",
          // the provisional mail's link of a notice subscription: holding it is the proof
          "/portal/subscription.xhtml");

  @Inject private PortalSession session;

  @Inject private Caller caller;

  @EJB private SessionCheck sessions;

  public PortalSessionFilter() {
    super(LOGIN_PAGE, OPEN);
  }

  @Override
  protected boolean loggedIn() {
    return session.isLoggedIn();
  }

  @Override
  protected boolean admit() {
    if (sessions.portal(session.signIn()).isEmpty()) {
      return false;
    }
    caller.signIn(session.signIn());
    return true;
  }

  /** Nothing but the terms until the user agrees (キャンセル logs out). */
  @Override
  protected String detour(String path) {
    return session.termsPending() && !TERMS_PAGE.equals(path) ? TERMS_PAGE : null;
  }

  @Override
  protected void away(
      HttpServletRequest request, HttpServletResponse response, String path, String target)
      throws IOException {
    if (path.startsWith("/files/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      super.away(request, response, path, target);
    }
  }
}
