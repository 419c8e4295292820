package jp.selfcare.identity.permission;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The calling portal user's permissions and their customer's contracts, resolved once per request:
 * a page asks several services (the dashboard: services, faults, unread notices) that each need
 * them, and reading the groups and the contracts once is enough within one request. A change of the
 * groups in the same request forgets them; the next request resolves them afresh, so an
 * administrator's change still applies at the user's next request.
 */
@RequestScoped
class ResolvedAccess {

  private long userId = -1;
  private UserPermissions permissions;
  private Map<Long, ContractRef> contracts;

  UserPermissions permissions(long forUser, Supplier<UserPermissions> resolve) {
    if (forUser != userId) {
      forget();
      userId = forUser;
    }
    if (permissions == null) {
      permissions = resolve.get();
    }
    return permissions;
  }

  Map<Long, ContractRef> contracts(long forUser, Supplier<Map<Long, ContractRef>> resolve) {
    if (forUser != userId) {
      forget();
      userId = forUser;
    }
    if (contracts == null) {
      contracts = Map.copyOf(resolve.get());
    }
    return contracts;
  }

  void forget() {
    userId = -1;
    permissions = null;
    contracts = null;
  }
}
