package jp.selfcare.billing.calls;

import java.util.Optional;

/**
 * What a call was made to, which decides its tariff. The network names it in the record; a record
 * without it gets the class its called number shows.
 */
public enum CallClass {
  /** 固定電話: a domestic fixed number (0 + area code). */
  FIXED,
  /** 携帯電話: 070, 080, 090. */
  MOBILE,
  /** IP電話: 050. */
  IP_050,
  /** フリーダイヤル: 0120, 0800 (free for the caller). */
  TOLL_FREE,
  /** 国際電話: 010 + country code. */
  INTERNATIONAL,
  /** 特番: three-digit service numbers (110, 119, 117 …). */
  SPECIAL;

  /** The class a called number shows, if it shows one. */
  public static Optional<CallClass> of(String calledNumber) {
    if (calledNumber.length() == 3 && calledNumber.charAt(0) == '1') {
      return Optional.of(SPECIAL);
    }
    if (calledNumber.length() < 10 || calledNumber.charAt(0) != '0') {
      return Optional.empty();
    }
    if (calledNumber.startsWith("010")) {
      return Optional.of(INTERNATIONAL);
    }
    if (calledNumber.startsWith("0120") || calledNumber.startsWith("0800")) {
      return Optional.of(TOLL_FREE);
    }
    if (calledNumber.startsWith("050")) {
      return Optional.of(IP_050);
    }
    if (calledNumber.startsWith("070")
        || calledNumber.startsWith("080")
        || calledNumber.startsWith("090")) {
      return calledNumber.length() == 11 ? Optional.of(MOBILE) : Optional.empty();
    }
    return calledNumber.length() == 10 ? Optional.of(FIXED) : Optional.empty();
  }
}
