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
    response.sendRedirect(request.getContextPath() + "/settings/index.xhtml");
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
