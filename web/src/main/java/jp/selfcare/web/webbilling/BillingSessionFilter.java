package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.SessionCheck;
import jp.selfcare.web.SignedInFilter;
import jp.selfcare.webbilling.BillingSignIn;

/**
 * Everything under /billing/ needs a completed Web Billing login, except the login steps and the
 * pages mailed links open ({@link SignedInFilter}). A member cancelled, locked or given a new login
 * ID or password elsewhere is logged out at once ({@link SessionCheck}).
 */
@WebFilter(urlPatterns = "/billing/*")
public class BillingSessionFilter extends SignedInFilter {

  private static final long serialVersionUID = 1L;

  static final String LOGIN_PAGE = "/billing/login.xhtml";

  private static final Set<String> OPEN =
      Set.of(
          LOGIN_PAGE,
          "/billing/question.xhtml",
          "/billing/register.xhtml",
          "/billing/confirm.xhtml",
          "/billing/cancelled.xhtml");

  @Inject private BillingSession session;

  @Inject private Caller caller;

  @EJB private SessionCheck sessions;

  public BillingSessionFilter() {
    super(LOGIN_PAGE, OPEN);
  }

  @Override
  protected boolean loggedIn() {
    return session.isLoggedIn();
  }

  @Override
  protected boolean admit() {
    Optional<BillingSignIn> current = sessions.billing(session.signIn());
    if (current.isEmpty()) {
      return false;
    }
    session.refresh(current.get());
    caller.signIn(current.get());
    return true;
  }
}
