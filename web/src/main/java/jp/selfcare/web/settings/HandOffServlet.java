package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.identity.settings.HandOffs;

/**
 * The portal's "設定を変更する" arrives here as a POST — forwarded by the portal's own request, the token
 * in a request attribute (or, from a separately deployed portal, a form field), never in a URL. A
 * good token of this browser session opens the site as the voice group's administrator (with a new
 * session id); anything else goes to the site's login page with a message. A GET redeems nothing.
 */
@WebServlet(HandOffServlet.PATH)
public class HandOffServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/settings/handoff";

  /** The request attribute the portal's forward carries the token in. */
  public static final String TOKEN = HandOffServlet.class.getName() + ".token";

  /**
   * The request attribute naming the settings page to land on instead of the top page: only {@link
   * #BULK} (一括転送, from the dashboard's fault warning), never a page the request names.
   */
  public static final String NEXT = HandOffServlet.class.getName() + ".next";

  /** 一括転送 of the voice group handed off. */
  public static final String BULK = "/settings/bulk.xhtml";

  @EJB private HandOffs handOffs;

  @Inject private SettingsSession session;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object forwarded = request.getAttribute(TOKEN);
    String token = forwarded != null ? (String) forwarded : request.getParameter("token");
    Optional<SettingsSignIn> signIn = handOffs.redeem(token, HandOffKey.of(request.getSession()));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (signIn.isEmpty()) {
      invalid(request, response);
      return;
    }
    request.changeSessionId();
    session.complete(signIn.get());
    Object next = request.getAttribute(NEXT);
    response.sendRedirect(
        request.getContextPath() + (BULK.equals(next) ? BULK : "/settings/index.xhtml"));
  }

  /** A bookmarked or typed hand-off URL: nothing to redeem. */
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    invalid(request, response);
  }

  private static void invalid(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(
        request.getContextPath() + SettingsSessionFilter.LOGIN_PAGE + "?handoff=invalid");
  }
}
