package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.selfcare.identity.settings.HandOffs;
import jp.selfcare.identity.settings.SettingsSignIn;

/**
 * The portal's "設定を変更する" lands here with a single-use token: a good token opens the site as the
 * voice group's administrator (with a new session id), anything else goes to the site's login page
 * with a message. The token is used up whatever happens next.
 */
@WebServlet(HandOffServlet.PATH)
public class HandOffServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/settings/handoff";

  @EJB private HandOffs handOffs;

  @Inject private SettingsSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<SettingsSignIn> signIn = handOffs.redeem(request.getParameter("token"));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (signIn.isEmpty()) {
      response.sendRedirect(
          request.getContextPath() + SettingsSessionFilter.LOGIN_PAGE + "?handoff=invalid");
      return;
    }
    request.getSession();
    request.changeSessionId();
    session.complete(signIn.get());
    response.sendRedirect(request.getContextPath() + "/settings/index.xhtml");
  }
}
