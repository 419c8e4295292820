package jp.selfcare.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;

/**
 * The one place that decides whether the Web Settings Site login of this request may do something:
 * first the function against the role (spec 10-identity.md §2), then the target against the login's
 * scope — a voice-group administrator's voice group, a site administrator's site, a number user's
 * number. Every settings service calls it before it reads or changes anything; pages only hide what
 * it would refuse.
 */
@Stateless
public class SettingsScope {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  /** Where a number or a site sits: its voice group, its site, and the number itself if any. */
  public record Placement(long customerId, Long voiceGroupId, long siteId, Long ipNumberId) {

    /** Whether a login's scope contains this placement (a number, or a whole site). */
    public boolean coveredBy(SettingsSignIn me) {
      if (me.customerId() != customerId) {
        return false;
      }
      return switch (me.role()) {
        case VOICE_GROUP_ADMIN -> me.voiceGroupId().equals(voiceGroupId);
        case SITE_ADMIN -> me.siteId().equals(siteId);
        case NUMBER_USER -> me.ipNumberId().equals(ipNumberId);
        case BUSINESS_MOBILE -> false;
      };
    }
  }

  /** The caller's login, if it may use the function at all. */
  public SettingsSignIn require(SettingsFunction function) {
    SettingsSignIn me = caller.requireSettings();
    if (!me.may(function)) {
      throw new NotAllowedException(me.role() + " may not use " + function);
    }
    return me;
  }

  /** Who may use a function on a number: the caller's login and the number's placement. */
  public record NumberAccess(SettingsSignIn login, Placement placement) {}

  /** The caller's login, if it may use the function on this number; the number's placement. */
  public Placement requireNumber(SettingsFunction function, long ipNumberId) {
    return requireNumberAccess(function, ipNumberId).placement();
  }

  /** {@link #requireNumber}, with the login it checked. */
  public NumberAccess requireNumberAccess(SettingsFunction function, long ipNumberId) {
    SettingsSignIn me = require(function);
    Placement number = ofNumber(ipNumberId).orElseThrow(() -> outside(me, "number"));
    if (!number.coveredBy(me)) {
      throw outside(me, "number");
    }
    return new NumberAccess(me, number);
  }

  /** The caller's login, if it may use the function on this site; the site's placement. */
  public Placement requireSite(SettingsFunction function, long siteId) {
    SettingsSignIn me = require(function);
    Placement site = ofSite(siteId).orElseThrow(() -> outside(me, "site"));
    if (!site.coveredBy(me)) {
      throw outside(me, "site");
    }
    return site;
  }

  /**
   * The add-on contracts the caller's own number carries (a number user: its number's; other
   * logins: every add-on, their screens list only the numbers that carry one). Menus use it to hide
   * functions the number does not have; the services check the number again.
   */
  public Set<AddOn> ownNumberAddOns() {
    SettingsSignIn me = caller.requireSettings();
    if (me.role() != SettingsRole.NUMBER_USER) {
      return EnumSet.allOf(AddOn.class);
    }
    IpNumber number = em.find(IpNumber.class, me.ipNumberId());
    Set<AddOn> carried = EnumSet.noneOf(AddOn.class);
    for (AddOn addOn : AddOn.values()) {
      if (number.addOns().has(addOn)) {
        carried.add(addOn);
      }
    }
    return carried;
  }

  /** The placement of an IP telephone number. */
  public Optional<Placement> ofNumber(long ipNumberId) {
    return first(
        "select c.customer.id, p.voiceGroup.id, s.id, n.id from IpNumber n join n.contract c"
            + " join c.site s join s.plan p where n.id = :id",
        ipNumberId);
  }

  /** The placement of a site. */
  public Optional<Placement> ofSite(long siteId) {
    return first(
        "select g.customer.id, g.id, s.id, cast(null as Long) from Site s join s.plan p"
            + " join p.voiceGroup g where s.id = :id",
        siteId);
  }

  private Optional<Placement> first(String query, long id) {
    List<Object[]> rows =
        em.createQuery(query, Object[].class).setParameter("id", id).getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Placement((Long) r[0], (Long) r[1], (Long) r[2], (Long) r[3]));
  }

  private static NotAllowedException outside(SettingsSignIn me, String what) {
    return new NotAllowedException("the " + what + " is outside the scope of " + me.loginId());
  }
}
