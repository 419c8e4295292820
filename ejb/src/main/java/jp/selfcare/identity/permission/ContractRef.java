package jp.selfcare.identity.permission;

import java.util.Objects;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.VoiceGroupId;

/**
 * What a permission is decided for: a contract with its service and (for IP Voice) its voice group.
 *
 * @param voiceGroup null for services outside voice groups (e.g. Business Mobile)
 */
public record ContractRef(ServiceType service, VoiceGroupId voiceGroup, ContractNumber contract) {

  public ContractRef {
    Objects.requireNonNull(service);
    Objects.requireNonNull(contract);
  }
}
