package jp.selfcare.identity.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.VoiceGroupId;
import org.junit.jupiter.api.Test;

class UserPermissionsTest {

  private static final VoiceGroupId EAST = new VoiceGroupId("Y15000001");
  private static final VoiceGroupId WEST = new VoiceGroupId("Y15000002");
  private static final ContractRef TOKYO =
      new ContractRef(ServiceType.IP_VOICE, EAST, new ContractNumber("N200000001"));
  private static final ContractRef YOKOHAMA =
      new ContractRef(ServiceType.IP_VOICE, EAST, new ContractNumber("N200000003"));
  private static final ContractRef OSAKA =
      new ContractRef(ServiceType.IP_VOICE, WEST, new ContractNumber("N200000004"));
  private static final ContractRef MOBILE =
      new ContractRef(ServiceType.BUSINESS_MOBILE, null, new ContractNumber("N200000007"));

  private static UserPermissions member(GroupPermissions... groups) {
    return new UserPermissions(false, List.of(groups));
  }

  @Test
  void theMostSpecificSettingWinsInsideAGroup() {
    GroupPermissions group =
        GroupPermissions.general(
            Map.of(ServiceType.IP_VOICE, Access.READ),
            Map.of(EAST, Access.READ_EDIT),
            Map.of(YOKOHAMA.contract(), Access.NONE));
    UserPermissions user = member(group);

    assertThat(user.accessTo(TOKYO)).as("voice group over service").isEqualTo(Access.READ_EDIT);
    assertThat(user.accessTo(YOKOHAMA)).as("contract over voice group").isEqualTo(Access.NONE);
    assertThat(user.accessTo(OSAKA)).as("service only").isEqualTo(Access.READ);
    assertThat(user.accessTo(MOBILE)).as("nothing set").isEqualTo(Access.NONE);
  }

  @Test
  void accessIsTheUnionOverGroups() {
    GroupPermissions readEast =
        GroupPermissions.general(Map.of(), Map.of(EAST, Access.READ), Map.of());
    GroupPermissions editYokohama =
        GroupPermissions.general(Map.of(), Map.of(), Map.of(YOKOHAMA.contract(), Access.READ_EDIT));
    GroupPermissions denyYokohama =
        GroupPermissions.general(Map.of(), Map.of(), Map.of(YOKOHAMA.contract(), Access.NONE));
    UserPermissions user = member(readEast, editYokohama, denyYokohama);

    assertThat(user.accessTo(TOKYO)).isEqualTo(Access.READ);
    assertThat(user.accessTo(YOKOHAMA))
        .as("a NONE in one group takes nothing from another")
        .isEqualTo(Access.READ_EDIT);
    assertThat(user.accessTo(OSAKA)).isEqualTo(Access.NONE);
  }

  @Test
  void theAllServicesGroupAndAdministratorsSeeEverything() {
    assertThat(member(GroupPermissions.ALL_SERVICES).accessTo(MOBILE)).isEqualTo(Access.READ_EDIT);
    assertThat(new UserPermissions(true, List.of()).accessTo(OSAKA)).isEqualTo(Access.READ_EDIT);
    assertThat(new UserPermissions(true, List.of()).inNoGroup()).isFalse();
  }

  @Test
  void aUserInNoGroupSeesNothing() {
    UserPermissions nobody = member();
    assertThat(nobody.inNoGroup()).isTrue();
    assertThat(nobody.accessTo(TOKYO)).isEqualTo(Access.NONE);
    assertThat(Access.NONE.canRead()).isFalse();
    assertThat(Access.READ.canRead()).isTrue();
    assertThat(Access.READ.canEdit()).isFalse();
  }
}
