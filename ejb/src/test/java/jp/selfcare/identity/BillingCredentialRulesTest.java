package jp.selfcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Web Billing's login ID and password rules (10-identity.md §3) as tables: each row a value, the
 * other credential, whether it is among the last three, and exactly the rules it breaks (none: "").
 */
class BillingCredentialRulesTest {

  @ParameterizedTest(name = "login ID {0} with password {1}: {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // the shortest and longest allowed, and one past each end
        "Member01                        | Secret#99 | false | ``",
        "Member1                         | Secret#99 | false | LOGIN_ID_LENGTH",
        "Maaaaaaaaaaaaaaaaaaaaaaaaaaaaa1 | Secret#99 | false | ``",
        "Maaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1| Secret#99 | false | LOGIN_ID_LENGTH",
        // all 20 symbols are allowed; anything else is not
        "`Mem#$%()*+-./:;?@[]_{}~b1`     | x         | false | ``",
        "Member!01                       | Secret#99 | false | LOGIN_ID_CHARACTERS",
        "`Member 01`                     | Secret#99 | false | LOGIN_ID_CHARACTERS",
        "Ｍember01                       | Secret#99 | false | LOGIN_ID_CHARACTERS LOGIN_ID_NEEDS_MIX",
        // upper-case, lower-case and digits must all be there
        "member01                        | Secret#99 | false | LOGIN_ID_NEEDS_MIX",
        "MEMBER01                        | Secret#99 | false | LOGIN_ID_NEEDS_MIX",
        "MemberOne                       | Secret#99 | false | LOGIN_ID_NEEDS_MIX",
        // must not contain the password; not one of the last three
        "MySecret#99x                    | Secret#99 | false | LOGIN_ID_CONTAINS_PASSWORD",
        "Member01                        | Secret#99 | true  | LOGIN_ID_RECENTLY_USED",
        // several rules at once are all named
        "m!1                             | Secret#99 | true  | LOGIN_ID_LENGTH LOGIN_ID_CHARACTERS"
            + " LOGIN_ID_NEEDS_MIX LOGIN_ID_RECENTLY_USED",
      })
  void loginId(String loginId, String password, boolean recent, String broken) {
    Predicate<String> lastThree = id -> recent;
    assertThat(CredentialRules.billingLoginId(loginId, password, lastThree))
        .isEqualTo(violations(broken));
  }

  @ParameterizedTest(name = "password {0} with login ID {1}: {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // three of the four kinds, in every combination
        "abcDEF12                         | Member01 | false | ``",
        "abcdef#1                         | Member01 | false | ``",
        "ABCDEF#1                         | Member01 | false | ``",
        "abcDEF#g                         | Member01 | false | ``",
        "abcdefg1                         | Member01 | false | PASSWORD_NEEDS_THREE_KINDS",
        "abcdefgh                         | Member01 | false | PASSWORD_NEEDS_THREE_KINDS",
        "########                         | Member01 | false | PASSWORD_NEEDS_THREE_KINDS",
        // 8 to 32
        "aB1ccccc                         | Member01 | false | ``",
        "aB1cccc                          | Member01 | false | PASSWORD_LENGTH",
        "aB1ccccccccccccccccccccccccccccc | Member01 | false | ``",
        "aB1cccccccccccccccccccccccccccccc| Member01 | false | PASSWORD_LENGTH",
        // only the 20 symbols
        "abcD1!22                         | Member01 | false | PASSWORD_CHARACTERS",
        "abcD1あ22                        | Member01 | false | PASSWORD_CHARACTERS",
        // must not contain the login ID; not one of the last three
        "xMember01x                       | Member01 | false | PASSWORD_CONTAINS_LOGIN_ID",
        "abcDEF12                         | Member01 | true  | PASSWORD_RECENTLY_USED",
        "`a 1`                            | Member01 | true  | PASSWORD_LENGTH PASSWORD_CHARACTERS"
            + " PASSWORD_NEEDS_THREE_KINDS PASSWORD_RECENTLY_USED",
      })
  void password(String password, String loginId, boolean recent, String broken) {
    Predicate<String> lastThree = p -> recent;
    assertThat(CredentialRules.billingPassword(password, loginId, lastThree))
        .isEqualTo(violations(broken));
  }

  @ParameterizedTest(name = "answer of {0} characters like {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "20 | あ | ``",
        "21 | あ | SECRET_ANSWER_TOO_LONG",
        "40 | a  | ``",
        "41 | a  | SECRET_ANSWER_TOO_LONG",
        "40 | ｱ  | ``",
        "21 | ｱ  | ``",
        "41 | ｱ  | SECRET_ANSWER_TOO_LONG",
        "20 | Ａ | ``",
        "21 | Ａ | SECRET_ANSWER_TOO_LONG",
        "0  | a  | SECRET_ANSWER_EMPTY",
      })
  void secretAnswer(int length, String character, String broken) {
    assertThat(CredentialRules.secretAnswer(character.repeat(length)))
        .isEqualTo(violations(broken));
  }

  private static Set<Violation> violations(String names) {
    Set<Violation> set = EnumSet.noneOf(Violation.class);
    Arrays.stream(names.trim().split("\\s+"))
        .filter(n -> !n.isEmpty())
        .forEach(n -> set.add(Violation.valueOf(n)));
    return set;
  }
}
