package jp.selfcare.billing.calls;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What is wrong with a row of a call-record file, each with its message in Japanese and English
 * (jp/selfcare/billing/calls/problems*.properties). A row is reported with every problem it has.
 */
public enum CallRowProblem {
  /** The file's first row is not the header: nothing of the file is loaded. */
  HEADER,
  /** Not the seven fields of the format. */
  FIELD_COUNT,
  /** Empty, longer than 64 characters, or other characters than letters, digits and . _ : - */
  CALL_ID,
  /** Not a date-time with its offset, e.g. 2026-11-01T09:15:02+09:00. */
  STARTED_AT,
  /** Not 10 or 11 digits starting with 0. */
  CALLING_NUMBER,
  /** Not 3 to 20 digits. */
  CALLED_NUMBER,
  /** Neither 1/0 nor true/false. */
  ANSWERED,
  /** Not a whole number of seconds from 0 to 86,400. */
  DURATION,
  /** A call not answered that lasted. */
  DURATION_WITHOUT_ANSWER,
  /** A class the format does not have, or none given for a called number that shows none. */
  CALL_CLASS,
  /** The calling number is no customer's: kept unbilled, reported. */
  UNKNOWN_NUMBER,
  /** No tariff of the call's class holds for its start: kept unbilled, reported. */
  NO_TARIFF;

  private static final String BUNDLE = "jp.selfcare.billing.calls.problems";

  /** The message in the language. */
  public String message(Locale language) {
    // no fallback to the server's default locale: Japanese is the base bundle
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(text.getString(name()), text.getLocale()).format(new Object[0]);
  }
}
