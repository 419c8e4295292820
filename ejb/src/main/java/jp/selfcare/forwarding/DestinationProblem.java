package jp.selfcare.forwarding;

/** Why a forwarding destination is refused; pages show the message of the same name. */
public enum DestinationProblem {
  /** Only half-width digits and up to 3 hyphens (35 characters in all). */
  CHARACTERS,
  /** More than 32 digits (28 when the source number has Members Net). */
  TOO_LONG,
  /** Starts with #. */
  HASH,
  /** A carrier selection code (00XY such as 0035), other than 0033-010. */
  CARRIER_CODE,
  /** A 1XY service number (104, 115, 117, 177, …). */
  SERVICE_NUMBER,
  /** 0120 / 0800 / 0570 / 0990 / 0180. */
  SPECIAL_NUMBER,
  /** 020, 030, 040, 0503300 or 060. */
  UNUSABLE_PREFIX,
  /** No leading 0 and not 1XY: an extension number (allowed only as a Members Net extension). */
  EXTENSION,
  /** On a Members Net number, an extension that starts with 1 (they start with 2–9). */
  MEMBERS_NET_EXTENSION_FIRST_DIGIT,
  /** On a Members Net number, an extension of fewer than 3 or more than 11 digits. */
  MEMBERS_NET_EXTENSION_LENGTH,
  /** A domestic number of the wrong length for its kind. */
  DOMESTIC_LENGTH,
  /** With Members Net, public numbers need an extra leading 0. */
  MEMBERS_NET_PREFIX,
  /** International destinations while the number's international calls are suspended. */
  INTERNATIONAL_SUSPENDED,
  /** The source number itself. */
  SOURCE_ITSELF
}
