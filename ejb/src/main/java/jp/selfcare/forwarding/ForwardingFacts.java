package jp.selfcare.forwarding;

import jakarta.persistence.EntityManager;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.callfeature.FeatureSwitch;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.organisation.ServiceType;

/**
 * Reads what forwarding services need of a number (for services that already checked the caller).
 */
public final class ForwardingFacts {

  private ForwardingFacts() {}

  /** A number's own §1 setting ({@link ForwardingSetting#NONE} before the first change). */
  public static ForwardingSetting ownSetting(EntityManager em, long ipNumberId) {
    NumberForwarding stored = em.find(NumberForwarding.class, ipNumberId);
    return stored == null ? ForwardingSetting.NONE : stored.setting();
  }

  /** What §1's rules depend on besides the form: the contracts and the §9 suspension. */
  public static NumberContext context(EntityManager em, IpNumber number) {
    AddOns addOns = number.addOns();
    return new NumberContext(
        number.number().digits(),
        addOns.has(AddOn.MEMBERS_NET),
        FeatureSwitch.isOn(em, number.id(), CallFeature.INTERNATIONAL_SUSPENSION),
        addOns.has(AddOn.BULK_FORWARDING),
        addOns.has(AddOn.MESSAGE_BOX),
        number.contract().service() == ServiceType.MOBILE_OFFICE);
  }

  /** A number that §1 and §2 may set: refused for FDIS/NDIS numbers, whose forwarding is §3's. */
  public static IpNumber ordinaryNumber(EntityManager em, long ipNumberId) {
    IpNumber number = em.find(IpNumber.class, ipNumberId);
    if (number.addOns().has(AddOn.SPECIFIC_DESTINATION)) {
      throw new NotAllowedException("numbers with forwarding to a specific number are set in §3");
    }
    return number;
  }
}
