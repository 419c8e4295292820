package jp.selfcare.identity;

import java.util.regex.Pattern;

/**
 * The mail address check every form uses: a local part of at most 64 characters, one '@', a domain
 * with a dot, no blanks, at most 254 characters in all. Deliverability is proven by the mails
 * themselves (registration link, one-time password), not by this check.
 */
public final class MailAddresses {

  private static final Pattern MAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private MailAddresses() {}

  public static boolean valid(String address) {
    return address != null && address.length() <= 254 && MAIL.matcher(address).matches();
  }
}
