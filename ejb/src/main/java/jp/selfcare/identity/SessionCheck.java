package jp.selfcare.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.identity.settings.SettingsLogin;
import jp.selfcare.webbilling.BillingSignIn;
import jp.selfcare.webbilling.MemberRegistration;

/**
 * Whether a session's sign-in still stands, asked by the session filters on every request: a login
 * is not a snapshot. A session ends when its account was deleted or its sign-in version moved (role
 * changed, password set or reset, account locked); a settings-site session that came through the
 * portal's hand-off also ends when the portal user may no longer edit its voice group. One primary-
 * key read per request; the permission re-check only when the user's access version moved.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionCheck {

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @EJB private PortalAccess access;

  @EJB private AuditLog audit;

  /** The portal sign-in, or empty when its session must end. */
  public Optional<PortalSignIn> portal(PortalSignIn signIn) {
    Optional<PortalSignIn> current =
        versions("portal_user", signIn.userId())
            .filter(v -> v[0] == signIn.signInVersion())
            .map(v -> signIn);
    if (current.isEmpty()) {
      ended(PortalLogin.APPLICATION, signIn.customerId(), signIn.loginId());
    }
    return current;
  }

  /**
   * The settings-site sign-in (with the access version it was re-checked at), or empty when its
   * session must end.
   */
  public Optional<SettingsSignIn> settings(SettingsSignIn signIn) {
    Optional<SettingsSignIn> current = settingsNow(signIn);
    if (current.isEmpty()) {
      ended(SettingsLogin.APPLICATION, signIn.customerId(), signIn.loginId());
    }
    return current;
  }

  /**
   * The Web Billing sign-in, or empty when its session must end (cancelled, locked, a new login ID
   * or password set elsewhere: each moves the member's sign-in version).
   */
  public Optional<BillingSignIn> billing(BillingSignIn signIn) {
    Optional<BillingSignIn> current =
        versions("billing_member", signIn.memberId())
            .filter(v -> v[0] == signIn.signInVersion())
            .map(v -> signIn);
    if (current.isEmpty()) {
      ended(MemberRegistration.APPLICATION, signIn.customerId(), signIn.loginId());
    }
    return current;
  }

  private Optional<SettingsSignIn> settingsNow(SettingsSignIn signIn) {
    if (signIn.accountId() != null) {
      return versions("settings_account", signIn.accountId())
          .filter(v -> v[0] == signIn.signInVersion())
          .map(v -> signIn);
    }
    Optional<long[]> found =
        versions("portal_user", signIn.portalUserId()).filter(v -> v[0] == signIn.signInVersion());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    long accessVersion = found.get()[1];
    if (accessVersion == signIn.accessVersion()) {
      return Optional.of(signIn);
    }
    return access.mayStillEdit(signIn.portalUserId(), signIn.voiceGroupId())
        ? Optional.of(signIn.withAccessVersion(accessVersion))
        : Optional.empty();
  }

  private void ended(String application, long customerId, String loginId) {
    audit.record(
        application,
        customerId,
        loginId,
        AuditEvent.SESSION_ENDED,
        "the account changed since it signed in");
  }

  /**
   * The row's sign-in and access versions (settings accounts have no access version: 0), read with
   * plain JDBC outside a transaction: this runs before every page and file request.
   */
  private Optional<long[]> versions(String table, Long id) {
    if (id == null) {
      return Optional.empty();
    }
    String access = table.equals("portal_user") ? "access_version" : "0";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT sign_in_version, " + access + " FROM " + table + " WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next()
            ? Optional.of(new long[] {rs.getLong(1), rs.getLong(2)})
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the versions of " + table + " " + id, e);
    }
  }
}
