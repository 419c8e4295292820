package jp.selfcare.contracts;

import java.io.Serializable;
import jp.selfcare.organisation.OperationalStatus;
import jp.selfcare.organisation.ServiceType;

/**
 * A line of the contracts list.
 *
 * @param voiceGroupId the group number (Y…), null for services outside voice groups
 * @param mayEdit whether the caller may edit the contract (its memo, its applications)
 */
public record ContractRow(
    long id,
    String contractNumber,
    OperationalStatus status,
    String voiceGroupId,
    ServiceType service,
    String siteId,
    String siteName,
    String memo,
    boolean mayEdit)
    implements Serializable {}
