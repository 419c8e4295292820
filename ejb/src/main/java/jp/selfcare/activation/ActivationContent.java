package jp.selfcare.activation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.selfcare.organisation.ServiceType;

/**
 * ご利用内容のご案内: what the notice tells.
 *
 * @param lineId the contract line ID (契約回線ID): the access line carrying the contract, or the
 *     contract number itself
 */
public record ActivationContent(
    long noticeId,
    String customerName,
    String contractNumber,
    String lineId,
    ServiceType service,
    String siteName,
    String address,
    int channels,
    List<String> basicNumbers,
    Instant publishedAt,
    Instant availableUntil)
    implements Serializable {

  public ActivationContent {
    basicNumbers = List.copyOf(basicNumbers);
  }
}
