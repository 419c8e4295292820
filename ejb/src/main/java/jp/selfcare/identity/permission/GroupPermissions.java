package jp.selfcare.identity.permission;

import java.util.Map;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.VoiceGroupId;

/**
 * The permissions of one user group: either the all-services group (全サービス参照編集権限グループ, read and edit
 * everything) or a general group with settings per service, voice group and contract. Inside a
 * general group the most specific setting wins: contract over voice group over service; nothing set
 * means no access.
 */
public record GroupPermissions(
    boolean allServices,
    Map<ServiceType, Access> byService,
    Map<VoiceGroupId, Access> byVoiceGroup,
    Map<ContractNumber, Access> byContract) {

  /** The all-services group. */
  public static final GroupPermissions ALL_SERVICES =
      new GroupPermissions(true, Map.of(), Map.of(), Map.of());

  public GroupPermissions {
    byService = Map.copyOf(byService);
    byVoiceGroup = Map.copyOf(byVoiceGroup);
    byContract = Map.copyOf(byContract);
  }

  /** A general group. */
  public static GroupPermissions general(
      Map<ServiceType, Access> byService,
      Map<VoiceGroupId, Access> byVoiceGroup,
      Map<ContractNumber, Access> byContract) {
    return new GroupPermissions(false, byService, byVoiceGroup, byContract);
  }

  /** This group's access to a contract. */
  public Access accessTo(ContractRef contract) {
    if (allServices) {
      return Access.READ_EDIT;
    }
    Access specific = byContract.get(contract.contract());
    if (specific != null) {
      return specific;
    }
    if (contract.voiceGroup() != null) {
      Access group = byVoiceGroup.get(contract.voiceGroup());
      if (group != null) {
        return group;
      }
    }
    return byService.getOrDefault(contract.service(), Access.NONE);
  }
}
