package jp.selfcare.contracts;

import jp.selfcare.organisation.OperationalStatus;
import jp.selfcare.organisation.ServiceClass;
import jp.selfcare.organisation.ServiceType;

/**
 * The conditions and order of the contracts list. Every condition is optional (null: any); all
 * given ones must match.
 *
 * @param keywords words each of which must appear in the contract number, group number, service
 *     name, site ID, site name or memo
 */
public record ContractFilter(
    Keywords keywords,
    OperationalStatus status,
    ServiceClass serviceClass,
    ServiceType service,
    ContractSort sort,
    boolean descending) {

  /** Every contract, by contract number. */
  public static final ContractFilter ALL =
      new ContractFilter(Keywords.NONE, null, null, null, ContractSort.CONTRACT, false);

  public ContractFilter {
    keywords = keywords == null ? Keywords.NONE : keywords;
    sort = sort == null ? ContractSort.CONTRACT : sort;
  }

  public ContractFilter withKeywords(String text) {
    return new ContractFilter(
        Keywords.parse(text), status, serviceClass, service, sort, descending);
  }

  public ContractFilter withService(ServiceType value) {
    return new ContractFilter(keywords, status, serviceClass, value, sort, descending);
  }

  public ContractFilter withStatus(OperationalStatus value) {
    return new ContractFilter(keywords, value, serviceClass, service, sort, descending);
  }
}
