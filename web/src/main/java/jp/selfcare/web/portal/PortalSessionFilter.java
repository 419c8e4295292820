package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.SessionCheck;
import jp.selfcare.web.Redirects;

/**
 * Everything under /portal/ and /files/ needs a completed portal login, except the login pages
 * themselves. The login is checked against the database on every request ({@link SessionCheck}): a
 * deleted, locked or demoted user, or one whose password was set anew, is logged out at once. Then
 * it is put into the request's {@link Caller}, which the services read to scope every call; without
 * one, pages redirect to the login page and files answer 404.
 */
@WebFilter(urlPatterns = {"/portal/*", "/files/*"})
public class PortalSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String LOGIN_PAGE = "/portal/login.xhtml";

  static final String TERMS_PAGE = "/portal/terms.xhtml";

  private static final Set<String> OPEN =
      Set.of(LOGIN_PAGE, "/portal/second.xhtml", "/portal/password.xhtml", "/portal/reset.xhtml");

  @Inject private PortalSession session;

  @Inject private Caller caller;

  @EJB private SessionCheck sessions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (OPEN.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getSession(false) != null && session.isLoggedIn()) {
      if (sessions.portal(session.signIn()).isEmpty()) {
        // The user was deleted, locked, demoted or given a new password: log out now.
        request.getSession().invalidate();
        if (path.startsWith("/files/")) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
          Redirects.to(request, response, LOGIN_PAGE + "?ended=1");
        }
        return;
      }
      if (session.termsPending() && !TERMS_PAGE.equals(path)) {
        // Nothing but the terms until the user agrees (キャンセル logs out).
        Redirects.to(request, response, TERMS_PAGE);
        return;
      }
      caller.signIn(session.signIn());
      chain.doFilter(request, response);
      return;
    }
    if (path.startsWith("/files/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      Redirects.to(request, response, LOGIN_PAGE);
    }
  }
}
