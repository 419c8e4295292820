package jp.selfcare.provisioning;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why an order was refused, each with its message in Japanese and English
 * (jp/selfcare/provisioning/reasons*.properties; {0} is the detail: the field, value or number
 * concerned).
 */
public enum Reason {
  /** The line is not one JSON object. */
  NOT_JSON,
  /** The line is longer than a line may be. */
  LINE_TOO_LONG,
  /** A required field is missing. */
  MISSING_FIELD,
  /** A field this kind of order does not have. */
  UNKNOWN_FIELD,
  /** A field of the wrong type, length or value. */
  INVALID_FIELD,
  /**
   * A customer number, voice group ID, site ID, contract number or telephone number of the wrong
   * shape.
   */
  INVALID_IDENTIFIER,
  /** A kind no order has. */
  UNKNOWN_KIND,
  UNKNOWN_CUSTOMER,
  UNKNOWN_VOICE_GROUP,
  UNKNOWN_PLAN,
  UNKNOWN_SITE,
  UNKNOWN_CONTRACT,
  UNKNOWN_NUMBER,
  /** The thing exists but belongs to another customer (or voice group). */
  OTHER_CUSTOMER,
  /** An existing contract would change its service. */
  SERVICE_CHANGED,
  /** The Business Mobile contract ID is another contract's. */
  MOBILE_CONTRACT_ID_IN_USE,
  /** Numbers go on IP Voice and Smart PBX contracts only. */
  NOT_A_NUMBER_CONTRACT,
  /** The telephone number is already some contract's. */
  NUMBER_IN_USE,
  /** The same telephone number twice in the order. */
  DUPLICATE_NUMBER,
  /** Dial-in numbers go under a basic number. */
  NOT_A_BASIC_NUMBER,
  /** The number is a hunt group's parent or member. */
  IN_HUNT_GROUP,
  /** The number's bulk forwarding group forwards or is on its way. */
  BULK_GROUP_ACTIVE,
  /** The bulk forwarding group would be left without members. */
  LAST_BULK_MEMBERS,
  /** The customer has a portal administrator already (who adds the next users). */
  ADMINISTRATOR_EXISTS,
  /** The mail address is some portal user's login ID already. */
  MAIL_ADDRESS_TAKEN,
  /** The Web Billing login ID is another customer's member's. */
  LOGIN_ID_TAKEN,
  /** A Web Billing member would have more target lines than a member may. */
  TOO_MANY_LINES,
  /** No final bill of that month for that contract or representative number. */
  UNKNOWN_BILL;

  private static final String BUNDLE = "jp.selfcare.provisioning.reasons";

  /** The message in the language, with the detail filled in. */
  public String message(Locale language, String detail) {
    // no fallback to the server's default locale: Japanese is the base bundle, not reasons_ja
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(text.getString(name()), text.getLocale())
        .format(new Object[] {detail == null ? "" : detail});
  }
}
