package jp.selfcare.identity.permission;

import java.util.List;

/**
 * A portal user's effective permissions: the union of their groups'. Portal administrators see
 * everything; a user in no group sees nothing (the dashboard says so).
 */
public record UserPermissions(boolean administrator, List<GroupPermissions> groups) {

  public UserPermissions {
    groups = List.copyOf(groups);
  }

  /** The user's access to a contract. */
  public Access accessTo(ContractRef contract) {
    if (administrator) {
      return Access.READ_EDIT;
    }
    Access access = Access.NONE;
    for (GroupPermissions group : groups) {
      access = access.or(group.accessTo(contract));
    }
    return access;
  }

  /** Whether the user belongs to no group at all (and is not an administrator). */
  public boolean inNoGroup() {
    return !administrator && groups.isEmpty();
  }
}
