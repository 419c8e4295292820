package jp.selfcare.webbilling;

import java.text.Normalizer;

/**
 * Whether two holder names (契約名義) are the same: a member may add only lines held in its registered
 * holder's name. Names are compared as a person reads them, not byte for byte: full- and half-width
 * forms of the same letters and digits are one (NFKC), and spaces of either width do not count.
 * Anything else — 株式会社 against (株), a different character — is a different name.
 */
public final class HolderNames {

  private HolderNames() {}

  public static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String left = canonical(a);
    return !left.isEmpty() && left.equals(canonical(b));
  }

  private static String canonical(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
