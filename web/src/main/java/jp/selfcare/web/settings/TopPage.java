package jp.selfcare.web.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.identity.Caller;

/** トップ: who is logged in, their scope, and the functions this login may use (spec §2). */
@Named
@RequestScoped
public class TopPage {

  @Inject private Caller caller;

  /** The functions of the matrix this login may use, in the matrix's order. */
  public List<SettingsFunction> getFunctions() {
    return caller
        .settings()
        .map(me -> Arrays.stream(SettingsFunction.values()).filter(me::may).toList())
        .orElse(List.of());
  }
}
