package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Business Mobile users through the service (spec 30-settings-site.md §13): a page of registrations
 * applied whole or not at all, names and the international restriction changed, deletion refused
 * within the 30-day minimum period (by the injectable clock) and allowed after it, and the search
 * by exact number, name match and current/deleted. Only the Business Mobile login may use it.
 */
@ExtendWith(ArquillianExtension.class)
class MobileUsersIT {

  private static final String MOBILE = "BM12345678";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  private static String call(String action, String rows) {
    return support(
        "/mobile/"
            + action
            + "?as="
            + MOBILE
            + "&rows="
            + URLEncoder.encode(rows, StandardCharsets.UTF_8));
  }

  private static String search(String rest) {
    return support("/mobile/search?as=" + MOBILE + rest);
  }

  private static long rows() {
    return count("SELECT COUNT(*) FROM mobile_user");
  }

  @Test
  void aPageIsRegisteredWholeOrNotAtAll() {
    long before = rows();
    assertThat(call("register", "営業部 山田|09011110001|;営業部 佐藤|08011110002|R;x|0312345678|"))
        .isEqualTo("INVALID [2:NUMBER_NOT_MOBILE]");
    assertThat(rows()).isEqualTo(before);

    assertThat(call("register", "営業部 山田|09011110001|;営業部 佐藤|08011110002|R")).isEqualTo("OK 2");
    assertThat(search("&number=09011110001")).isEqualTo("1 09011110001:営業部 山田:-:current");
    assertThat(call("register", "別人|09011110001|")).isEqualTo("INVALID [0:NUMBER_IN_USE]");
    assertThat(call("register", "a|07011110003|;b|07011110003|"))
        .isEqualTo("INVALID [1:NUMBER_TWICE]");
    assertThat(call("register", "あ".repeat(21) + "|07011110004|"))
        .isEqualTo("INVALID [0:NAME_TOO_LONG]");
  }

  @Test
  void sixteenRowsAreMoreThanAPage() {
    String sixteen =
        IntStream.range(0, 16)
            .mapToObj(i -> "u" + i + "|0705555" + String.format("%04d", i) + "|")
            .collect(Collectors.joining(";"));
    long before = rows();
    assertThat(call("register", sixteen)).isEqualTo("INVALID [-1:TOO_MANY_ROWS]");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void deletionWaitsForTheMinimumPeriod() {
    assertThat(call("register", "総務部 田中|09022220001|")).isEqualTo("OK 1");
    assertThat(call("change", "09022220001|総務部 田中|R|D")).isEqualTo("INVALID [0:MINIMUM_PERIOD]");
    assertThat(search("&number=09022220001")).isEqualTo("1 09022220001:総務部 田中:-:current");

    assertThat(call("change", "09022220001|総務部 田中一郎|R|"))
        .as("name overwritten and international calls restricted")
        .isEqualTo("OK 1");
    assertThat(search("&number=09022220001")).isEqualTo("1 09022220001:総務部 田中一郎:R:current");

    support("/clock/shift?seconds=" + 29L * 24 * 3600);
    assertThat(call("change", "09022220001|総務部 田中一郎|R|D"))
        .as("day 29")
        .isEqualTo("INVALID [0:MINIMUM_PERIOD]");
    support("/clock/shift?seconds=" + 24L * 3600);
    assertThat(call("change", "09022220001|総務部 田中一郎|R|D")).as("day 30").isEqualTo("OK 1");
    assertThat(search("&number=09022220001&filter=DELETED"))
        .isEqualTo("1 09022220001:総務部 田中一郎:R:deleted");

    assertThat(call("register", "総務部 田中|09022220001|")).as("registered again").isEqualTo("OK 1");
    assertThat(search("&number=09022220001&filter=CURRENT")).startsWith("1 ");
    assertThat(call("change", "09022220001|総務部 田中|-|D"))
        .as("a new minimum period")
        .isEqualTo("INVALID [0:MINIMUM_PERIOD]");
  }

  @Test
  void namesAreFoundExactlyByPrefixOrPartly() {
    assertThat(call("register", "開発部 鈴木|09033330001|;開発部 鈴木花子|09033330002|;鈴木 開発|09033330003|"))
        .isEqualTo("OK 3");
    String name = "&name=" + URLEncoder.encode("開発部 鈴木", StandardCharsets.UTF_8);
    assertThat(search(name + "&match=EXACT")).startsWith("1 09033330001");
    assertThat(search(name + "&match=PREFIX")).startsWith("2 ");
    assertThat(
            search("&name=" + URLEncoder.encode("鈴木", StandardCharsets.UTF_8) + "&match=PARTIAL"))
        .contains("09033330001")
        .contains("09033330002")
        .contains("09033330003");
    assertThat(search("&number=0903333")).as("numbers match exactly").isEqualTo("0");
  }

  @Test
  void otherLoginsMayNotManageMobileUsers() {
    assertThat(
            support(
                "/mobile/register?as=vg:Y15000001&rows="
                    + URLEncoder.encode("x|09044440001|", StandardCharsets.UTF_8)))
        .isEqualTo("NOT_ALLOWED");
    assertThat(count("SELECT COUNT(*) FROM mobile_user WHERE mobile_number = '09044440001'"))
        .isZero();
  }
}
