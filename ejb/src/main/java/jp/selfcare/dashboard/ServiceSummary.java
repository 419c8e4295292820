package jp.selfcare.dashboard;

import java.io.Serializable;
import jp.selfcare.organisation.ServiceType;

/**
 * One service of the dashboard.
 *
 * @param contracts how many of its contracts the user may read
 * @param faults how many of those are 異常
 * @param editable whether the user may edit at least one of them (the change menus)
 */
public record ServiceSummary(ServiceType service, long contracts, long faults, boolean editable)
    implements Serializable {

  /** Whether 設定変更・契約変更 leads to the Web Settings Site for this service. */
  public boolean configurable() {
    return service != ServiceType.UNIVERSAL_ONE && service != ServiceType.BUSINESS_MOBILE;
  }
}
