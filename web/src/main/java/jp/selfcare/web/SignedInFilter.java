package jp.selfcare.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * An application's pages need a completed login, except its login pages. The login is checked
 * against the database on every request: a login that ended meanwhile (deleted, locked, a new
 * password) is logged out at once; a valid one goes into the request's {@link
 * jp.selfcare.identity.Caller}, which the services read to scope every call. Each application says
 * which pages are open, where its login page is and how it checks its login.
 */
public abstract class SignedInFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private final Set<String> open;
  private final String loginPage;

  /**
   * @param loginPage where a request without a login goes
   * @param open the pages anyone may request (the login steps)
   */
  protected SignedInFilter(String loginPage, Set<String> open) {
    this.loginPage = loginPage;
    this.open = Set.copyOf(open);
  }

  /** Whether the session holds a completed login. */
  protected abstract boolean loggedIn();

  /**
   * The session's login as the database has it now: false when it ended; otherwise it is refreshed
   * in the session and put into the request's caller.
   */
  protected abstract boolean admit();

  /** A page the login must see first (e.g. the terms not yet agreed to); null: none. */
  protected String detour(String path) {
    return null;
  }

  /** Sends a request without a valid login away (to the login page). */
  protected void away(
      HttpServletRequest request, HttpServletResponse response, String path, String target)
      throws IOException {
    Redirects.to(request, response, target);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (open.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getSession(false) == null || !loggedIn()) {
      away(request, response, path, loginPage);
      return;
    }
    if (!admit()) {
      request.getSession().invalidate();
      away(request, response, path, loginPage + "?ended=1");
      return;
    }
    String detour = detour(path);
    if (detour != null) {
      Redirects.to(request, response, detour);
      return;
    }
    chain.doFilter(request, response);
  }
}
