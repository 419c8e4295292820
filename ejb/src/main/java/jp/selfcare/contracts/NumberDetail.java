package jp.selfcare.contracts;

import java.io.Serializable;
import java.util.List;
import jp.selfcare.numbers.AddOns;

/**
 * A basic contract number's page: its add-ons, its SIP-ID (the password only on request, see {@link
 * ContractOverview#sipPassword}), its dial-in numbers with their add-ons.
 *
 * @param hasSipPassword whether a SIP password is on file to be shown
 */
public record NumberDetail(
    long contractId,
    String contractNumber,
    String number,
    Integer channels,
    String sipId,
    boolean hasSipPassword,
    AddOns addOns,
    String accessLine,
    List<DialIn> dialIns)
    implements Serializable {

  public NumberDetail {
    dialIns = List.copyOf(dialIns);
  }

  /** A dial-in number under the basic number, with its add-ons. */
  public record DialIn(String number, AddOns addOns) implements Serializable {}
}
