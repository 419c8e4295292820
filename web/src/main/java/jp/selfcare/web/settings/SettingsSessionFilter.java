package jp.selfcare.web.settings;

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

/**
 * Everything under /settings/ needs a completed Web Settings Site login, except its login pages and
 * the hand-off. The login goes into the request's {@link Caller} for the services.
 */
@WebFilter(urlPatterns = "/settings/*")
public class SettingsSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String LOGIN_PAGE = "/settings/login.xhtml";

  private static final Set<String> OPEN =
      Set.of(LOGIN_PAGE, "/settings/second.xhtml", "/settings/release.xhtml", HandOffServlet.PATH);

  @Inject private SettingsSession session;

  @Inject private Caller caller;

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
      caller.signIn(session.signIn());
      chain.doFilter(request, response);
      return;
    }
    response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
  }
}
