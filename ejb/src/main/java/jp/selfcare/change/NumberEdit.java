package jp.selfcare.change;

import jp.selfcare.access.SettingsScope.Placement;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.numbers.IpNumber;

/**
 * A change of one number that the change flow has allowed: the caller's login, where the number
 * sits (its customer, voice group and site) and the number, which carries the setting.
 */
public record NumberEdit(SettingsSignIn login, Placement placement, IpNumber number) {

  public long ipNumberId() {
    return number.id();
  }
}
