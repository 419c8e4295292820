package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.SessionCheck;
import jp.selfcare.web.Redirects;

/**
 * Everything under /settings/ needs a completed Web Settings Site login, except its login pages and
 * the hand-off. The login is checked against the database on every request ({@link SessionCheck})
 * and then goes into the request's {@link Caller} for the services.
 */
@WebFilter(urlPatterns = "/settings/*")
public class SettingsSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String LOGIN_PAGE = "/settings/login.xhtml";

  private static final Set<String> OPEN =
      Set.of(LOGIN_PAGE, "/settings/second.xhtml", "/settings/release.xhtml", HandOffServlet.PATH);

  @Inject private SettingsSession session;

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
      Optional<SettingsSignIn> current = sessions.settings(session.signIn());
      if (current.isEmpty()) {
        // The account was deleted, locked, re-passworded, or lost the voice group: log out now.
        request.getSession().invalidate();
        Redirects.to(request, response, LOGIN_PAGE + "?ended=1");
        return;
      }
      session.refresh(current.get());
      caller.signIn(current.get());
      chain.doFilter(request, response);
      return;
    }
    Redirects.to(request, response, LOGIN_PAGE);
  }
}
