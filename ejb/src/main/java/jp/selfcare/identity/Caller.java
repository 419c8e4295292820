package jp.selfcare.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import jp.selfcare.identity.portal.PortalSignIn;

/**
 * Who is calling, for this request only. The web layer's session filter fills it from the
 * server-side session after a completed login; services read it to check scope themselves and never
 * take the caller's identity from a page parameter. Outside a web request (jobs, timers) there is
 * no caller, and services that need one refuse.
 */
@RequestScoped
public class Caller {

  private PortalSignIn portal;

  /** Called by the session filter (and by test support) for a logged-in portal user. */
  public void signIn(PortalSignIn signIn) {
    this.portal = signIn;
  }

  /** The portal user of this request, if one is logged in. */
  public Optional<PortalSignIn> portal() {
    return Optional.ofNullable(portal);
  }

  /** The portal user of this request; refuses when nobody is logged in. */
  public PortalSignIn requirePortal() {
    if (portal == null) {
      throw new NotAllowedException("a portal login is required");
    }
    return portal;
  }
}
