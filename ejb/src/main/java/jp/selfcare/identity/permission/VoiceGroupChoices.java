package jp.selfcare.identity.permission;

import jakarta.persistence.EntityManager;
import java.util.List;
import jp.selfcare.organisation.ServiceType;

/**
 * Reads the voice groups a customer's screens offer (for services that already checked the caller).
 */
public final class VoiceGroupChoices {

  private VoiceGroupChoices() {}

  /**
   * The voice groups of a customer with their representative contract; a voice group whose sites
   * have no IP Voice contract yet is listed without one.
   */
  public static List<UserGroups.VoiceGroupChoice> of(EntityManager em, long customerId) {
    return em.createQuery(
            "select g.groupId.value, g.name, min(c.number.value) from VoiceGroup g"
                + " left join ServicePlan p on p.voiceGroup = g left join Site s on s.plan = p"
                + " left join Contract c on c.site = s and c.service = :ipVoice"
                + " where g.customer.id = :c group by g.groupId.value, g.name"
                + " order by g.groupId.value",
            Object[].class)
        .setParameter("c", customerId)
        .setParameter("ipVoice", ServiceType.IP_VOICE)
        .getResultStream()
        .map(r -> new UserGroups.VoiceGroupChoice((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }
}
