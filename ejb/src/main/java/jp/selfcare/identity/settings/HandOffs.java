package jp.selfcare.identity.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.Validity;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.permission.UserGroups.VoiceGroupChoice;
import jp.selfcare.identity.permission.VoiceGroupChoices;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.identity.portal.PortalUser;
import jp.selfcare.organisation.VoiceGroupId;

/**
 * 設定変更・契約変更一覧 and its "設定を変更する": the voice groups the portal caller may edit, and the single-use,
 * short-lived token that opens the Web Settings Site as that voice group's administrator. Only the
 * token's hash is stored; it is good once, for the configured validity ({@link Validity#handOff}).
 */
@Stateless
public class HandOffs {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Validity validity;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

  @EJB private AuditLog audit;

  /**
   * The voice groups the caller may edit, with their representative contract, filtered by a keyword
   * found in the voice group ID, its name or the contract number (blank: all).
   */
  public List<VoiceGroupChoice> editableVoiceGroups(String keyword) {
    PortalSignIn me = caller.requirePortal();
    Set<VoiceGroupId> editable = access.editableVoiceGroups();
    String key = keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
    return VoiceGroupChoices.of(em, me.customerId()).stream()
        .filter(g -> editable.contains(new VoiceGroupId(g.voiceGroupId())))
        .filter(g -> key.isEmpty() || matches(g, key))
        .toList();
  }

  private static boolean matches(VoiceGroupChoice group, String key) {
    return group.voiceGroupId().toLowerCase(Locale.ROOT).contains(key)
        || group.name().toLowerCase(Locale.ROOT).contains(key)
        || (group.representativeContract() != null
            && group.representativeContract().toLowerCase(Locale.ROOT).contains(key));
  }

  /**
   * 設定を変更する: a token for the settings site's hand-off page.
   *
   * @param sessionKey a random key the asking browser session keeps: only that session may redeem
   *     the token
   * @throws NotAllowedException when the caller may not edit the voice group as a whole
   */
  public String issue(String voiceGroupId, String sessionKey) {
    PortalSignIn me = caller.requirePortal();
    VoiceGroupId wanted = new VoiceGroupId(voiceGroupId);
    if (!access.editableVoiceGroups().contains(wanted)) {
      throw new NotAllowedException("the caller may not edit voice group " + voiceGroupId);
    }
    Long groupId =
        em.createQuery(
                "select g.id from VoiceGroup g where g.groupId = :v and g.customer.id = :c",
                Long.class)
            .setParameter("v", wanted)
            .setParameter("c", me.customerId())
            .getSingleResult();
    Instant now = clock.instant();
    String token = OneTimeSecrets.newToken();
    em.persist(
        new HandOff(
            OneTimeSecrets.tokenHash(token),
            me.userId(),
            groupId,
            OneTimeSecrets.tokenHash(Objects.requireNonNull(sessionKey)),
            now,
            now.plus(validity.handOff())));
    audit.record(
        PortalLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.HANDOFF_ISSUED,
        voiceGroupId);
    return token;
  }

  /**
   * Uses a hand-off token: the voice-group administrator's login, once, while it is fresh, and only
   * in the browser session that asked for it ({@code sessionKey}). The token is used up by the
   * first request that presents it — one database update decides between simultaneous ones — even
   * when that request is refused for coming from another session.
   */
  public Optional<SettingsSignIn> redeem(String token, String sessionKey) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String hash = OneTimeSecrets.tokenHash(token);
    Instant now = clock.instant();
    int used =
        em.createQuery(
                "update HandOff h set h.usedAt = :now where h.tokenHash = :hash"
                    + " and h.usedAt is null and h.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("hash", hash)
            .executeUpdate();
    HandOff handOff = used == 1 ? em.find(HandOff.class, hash) : null;
    if (handOff == null
        || sessionKey == null
        || !handOff.boundTo(OneTimeSecrets.tokenHash(sessionKey))) {
      audit.record(
          SettingsLogin.APPLICATION,
          null,
          "hand-off",
          AuditEvent.LOGIN_FAILED,
          handOff == null
              ? "hand-off token unknown, used or expired"
              : "hand-off token presented from another browser session");
      return Optional.empty();
    }
    PortalUser user = em.find(PortalUser.class, handOff.portalUserId());
    String label =
        em.createQuery(
                "select concat(g.groupId.value, ' ', g.name) from VoiceGroup g where g.id = :id",
                String.class)
            .setParameter("id", handOff.voiceGroupId())
            .getSingleResult();
    SettingsSignIn signIn =
        new SettingsSignIn(
            SettingsRole.VOICE_GROUP_ADMIN,
            null,
            user.customerId(),
            user.loginId(),
            handOff.voiceGroupId(),
            null,
            null,
            null,
            label,
            Locale.JAPANESE,
            user.id(),
            user.signInVersion(),
            user.accessVersion());
    audit.record(
        SettingsLogin.APPLICATION,
        signIn.customerId(),
        signIn.loginId(),
        AuditEvent.LOGIN_SUCCEEDED,
        "hand-off from the portal: " + label);
    return Optional.of(signIn);
  }
}
