package jp.selfcare.webbilling;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The secret questions a member chooses from (the seed shows a choice without listing it: these are
 * the usual ones of Japanese member sites). Texts in jp/selfcare/webbilling/questions*.properties.
 */
public enum SecretQuestion {
  MOTHERS_MAIDEN_NAME,
  FIRST_PET,
  BIRTHPLACE,
  FIRST_SCHOOL,
  FAVOURITE_FOOD;

  /** The question as the member reads it. */
  public String text(Locale language) {
    return ResourceBundle.getBundle("jp.selfcare.webbilling.questions", language).getString(name());
  }
}
