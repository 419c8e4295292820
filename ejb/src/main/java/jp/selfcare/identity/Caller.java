package jp.selfcare.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.webbilling.BillingSignIn;

/**
 * Who is calling, for this request only. The web layer's session filter fills it from the
 * server-side session after a completed login; services read it to check scope themselves and never
 * take the caller's identity from a page parameter. Outside a web request (jobs, timers) there is
 * no caller, and services that need one refuse. A browser may be logged in to the portal and to the
 * Web Settings Site (and Web Billing) at once; each service asks for the login of its own
 * application.
 */
@RequestScoped
public class Caller {

  private PortalSignIn portal;

  private SettingsSignIn settings;

  private BillingSignIn billing;

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

  /**
   * Called by the settings site's session filter (and by test support) for its logged-in account.
   */
  public void signIn(SettingsSignIn signIn) {
    this.settings = signIn;
  }

  /** The Web Settings Site login of this request, if any. */
  public Optional<SettingsSignIn> settings() {
    return Optional.ofNullable(settings);
  }

  /** The Web Settings Site login of this request; refuses when nobody is logged in. */
  public SettingsSignIn requireSettings() {
    if (settings == null) {
      throw new NotAllowedException("a Web Settings Site login is required");
    }
    return settings;
  }

  /** Called by Web Billing's session filter (and by test support) for its logged-in member. */
  public void signIn(BillingSignIn signIn) {
    this.billing = signIn;
  }

  /** The Web Billing member of this request, if one is logged in. */
  public Optional<BillingSignIn> billing() {
    return Optional.ofNullable(billing);
  }

  /** The Web Billing member of this request; refuses when no member is logged in. */
  public BillingSignIn requireBilling() {
    if (billing == null) {
      throw new NotAllowedException("a Web Billing login is required");
    }
    return billing;
  }
}
