package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 転送を設定する through the service (spec 30-settings-site.md §1, §10, §11): an accepted change is
 * stored, written to the settings history with old and new value and published once after commit; a
 * refused one — bad input, out of scope, held by another account's operation — changes nothing and
 * publishes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ForwardingIT {

  /** 横浜営業所 (1000002, voice group Y15000001); no other test changes these numbers. */
  private static final String NUMBER = "0456000031";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String change(String as, String pw, String number, String rest) {
    return support(
        "/settings-site/forwarding/change?as=" + as + "&pw=" + pw + "&number=" + number + rest);
  }

  private static long feed(String number) {
    return Long.parseLong(Urls.get(Urls.SUPPORT + "/settings-site/feed?number=" + number).body());
  }

  private static long history(String number) {
    return count(
        "SELECT COUNT(*) FROM operation WHERE operation_type = 'FORWARDING' AND target = '"
            + number
            + "'");
  }

  @Test
  void anAcceptedChangeIsStoredWrittenToTheHistoryAndPublishedOnce() {
    String answer =
        change(
            "vg:Y15000001",
            "",
            NUMBER,
            "&forward=true&modes=BN&ring=20&lists=,090-1234-5678,,,&target=LIST_2");
    assertThat(answer).startsWith("OK ");
    String operation = answer.substring(3);
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + NUMBER
                    + "' AND f.forward AND f.busy AND f.no_answer AND f.ring_seconds = 20"
                    + " AND f.list2 = '09012345678' AND f.target = 'LIST_2'"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + operation
                    + " AND state = 'COMPLETED' AND account = 'admin@sample-shoji.example'"
                    + " AND old_value::jsonb = '{\"v\":1,\"value\":{\"forward\":false,"
                    + "\"unconditional\":false,\"busy\":false,\"noAnswer\":false,"
                    + "\"unreachable\":false,\"ringSeconds\":null,\"lists\":[\"\",\"\",\"\",\"\",\"\"],"
                    + "\"target\":null}}'::jsonb"
                    + " AND new_value::jsonb = '{\"v\":1,\"value\":{\"forward\":true,"
                    + "\"unconditional\":false,\"busy\":true,\"noAnswer\":true,"
                    + "\"unreachable\":false,\"ringSeconds\":20,"
                    + "\"lists\":[\"\",\"09012345678\",\"\",\"\",\"\"],"
                    + "\"target\":\"LIST_2\"}}'::jsonb"))
        .isEqualTo(1);
    assertThat(feed(NUMBER)).isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation_hold h JOIN operation_hold_number n ON n.hold_id = h.id"
                    + " JOIN ip_number i ON i.id = n.ip_number_id WHERE i.number = '"
                    + NUMBER
                    + "'"))
        .as("the change gave its hold back")
        .isZero();
  }

  @Test
  void refusedChangesChangeNothingAndPublishNothing() {
    String number = "0456000032";
    long feedBefore = feed(number);
    assertThat(
            change(
                "vg:Y15000001",
                "",
                number,
                "&forward=true&modes=U&lists=0120-123-456,,,03-1234-5678,&target=LIST_3"))
        .isEqualTo("INVALID [TARGET_EMPTY] {0=SPECIAL_NUMBER}");
    assertThat(
            change(
                "vg:Y15000001",
                "",
                number,
                "&forward=true&modes=UB&lists=0312345678,,,,&target=LIST_1"))
        .isEqualTo("INVALID [UNCONDITIONAL_EXCLUSIVE] {}");

    String[] siteAdmin =
        support("/settings-site/accounts?as=vg:Y15000001&kind=SITE_ADMIN&site=1000001").split(" ");
    assertThat(
            change(
                siteAdmin[0],
                siteAdmin[1],
                number,
                "&forward=true&modes=U&lists=0312345678,,,,&target=LIST_1"))
        .as("another site's administrator")
        .isEqualTo("NOT_ALLOWED");

    String other = "uploader-" + UUID.randomUUID();
    String hold =
        support(
            "/holds/acquire?kind=BULK_UPLOAD&account=" + other + "&site=1000002&numbers=" + number);
    assertThat(
            change(
                "vg:Y15000001",
                "",
                number,
                "&forward=true&modes=U&lists=0312345678,,,,&target=LIST_1"))
        .as("✕¹: another account's upload holds the number")
        .isEqualTo("CONFLICT BULK_UPLOAD " + other);
    support("/holds/release?id=" + hold);

    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id WHERE n.number = '"
                    + number
                    + "'"))
        .isZero();
    assertThat(history(number)).isZero();
    assertThat(feed(number))
        .as("nothing published for refused or rolled-back changes")
        .isEqualTo(feedBefore);
  }

  @Test
  void aNumberUserSetsItsOwnNumberOnly() {
    String own = "0456000033";
    String[] user =
        support("/settings-site/accounts?as=vg:Y15000001&kind=NUMBER_USER&number=" + own)
            .split(" ");
    assertThat(change(user[0], user[1], own, "&forward=false&lists=0312345678,,,,"))
        .startsWith("OK ");
    assertThat(change(user[0], user[1], "0456000034", "&forward=false&lists=0312345678,,,,"))
        .isEqualTo("NOT_ALLOWED");
    assertThat(history(own)).isEqualTo(1);
  }

  @Test
  void aChangeRolledBackAfterItsEventWasFiredPublishesNothing() {
    String number = "0456000035";
    long before = feed(number);
    assertThat(support("/settings-site/forwarding/rolled-back?as=vg:Y15000001&number=" + number))
        .isEqualTo("ROLLED_BACK");
    assertThat(feed(number)).isEqualTo(before);
    assertThat(history(number)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id WHERE n.number = '"
                    + number
                    + "'"))
        .isZero();
  }

  @Test
  void undoRestoresThePreviousValueOnlyWhileNothingChangedSince() {
    String number = "0456000036";
    String first =
        change(
                "vg:Y15000001",
                "",
                number,
                "&forward=true&modes=U&lists=03-1234-5678,,,,&target=LIST_1")
            .substring(3);
    String second =
        change("vg:Y15000001", "", number, "&forward=false&lists=03-1234-5678,,,,").substring(3);
    long published = feed(number);

    assertThat(support("/settings-site/forwarding/undo?as=vg:Y15000001&operation=" + first))
        .as("the number changed again since")
        .isEqualTo("REFUSED CHANGED_SINCE");
    String[] siteAdmin =
        support("/settings-site/accounts?as=vg:Y15000001&kind=SITE_ADMIN&site=1000001").split(" ");
    assertThat(
            support(
                "/settings-site/forwarding/undo?as="
                    + siteAdmin[0]
                    + "&pw="
                    + siteAdmin[1]
                    + "&operation="
                    + second))
        .isEqualTo("NOT_ALLOWED");

    String undo = support("/settings-site/forwarding/undo?as=vg:Y15000001&operation=" + second);
    assertThat(undo).startsWith("OK ");
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + undo.substring(3)
                    + " AND undo_of = "
                    + second
                    + " AND old_value::jsonb #> '{value,forward}' = 'false'::jsonb"
                    + " AND old_value::jsonb #> '{value,lists}'"
                    + " = '[\"0312345678\",\"\",\"\",\"\",\"\"]'::jsonb"
                    + " AND new_value::jsonb = '{\"v\":1,\"value\":{\"forward\":true,"
                    + "\"unconditional\":true,\"busy\":false,\"noAnswer\":false,"
                    + "\"unreachable\":false,\"ringSeconds\":null,"
                    + "\"lists\":[\"0312345678\",\"\",\"\",\"\",\"\"],"
                    + "\"target\":\"LIST_1\"}}'::jsonb"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "' AND f.forward AND f.unconditional AND f.target = 'LIST_1'"))
        .isEqualTo(1);
    assertThat(feed(number)).isEqualTo(published + 1);
  }

  @Test
  void theSettingsHistoryShowsEachLoginItsScopeOnly() {
    String number = "0456000037";
    String[] user =
        support("/settings-site/accounts?as=vg:Y15000001&kind=NUMBER_USER&number=" + number)
            .split(" ");
    change(user[0], user[1], number, "&forward=false&lists=0312345678,,,,");
    change("vg:Y15000001", "", "0456000038", "&forward=false&lists=0312345678,,,,");

    assertThat(support("/settings-site/history?as=" + user[0] + "&pw=" + user[1]))
        .as("a number user: its own number only")
        .isEqualTo("1 " + number);
    assertThat(support("/settings-site/history?as=vg:Y15000001&target=0456000038"))
        .isEqualTo("1 0456000038");
    assertThat(support("/settings-site/history?as=vg:Y15000001&target=0456-000-038"))
        .as("part of the number, hyphens ignored")
        .isEqualTo("1 0456000038");
    String[] tokyo =
        support("/settings-site/accounts?as=vg:Y15000001&kind=SITE_ADMIN&site=1000001").split(" ");
    assertThat(
            support(
                "/settings-site/history?as=" + tokyo[0] + "&pw=" + tokyo[1] + "&target=0456000038"))
        .as("another site's administrator sees none of it")
        .isEqualTo("0");
    assertThat(support("/settings-site/history?as=vg:Y15000001&target=0456000038&from=2099-01-01"))
        .isEqualTo("0");
  }

  @Test
  void aChangeDuringBulkForwardingIsStoredAndTakesEffectAfterStop() {
    String number = "0350000017";
    support("/settings-site/bulk?number=" + number + "&active=true");
    try {
      String answer =
          change(
              "vg:Y15000001",
              "",
              number,
              "&forward=true&modes=U&lists=0312345678,,,,0451112222&target=LIST_1");

      assertThat(answer).startsWith("OK ").endsWith(" AFTER_BULK_STOP");
      assertThat(
              count(
                  "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n"
                      + " ON n.id = f.ip_number_id WHERE n.number = '"
                      + number
                      + "' AND f.forward AND f.list1 = '0312345678'"))
          .as("stored as the number's own setting, for when bulk forwarding stops")
          .isEqualTo(1);
    } finally {
      support("/settings-site/bulk?number=" + number + "&active=false");
    }
    assertThat(change("vg:Y15000001", "", number, "&forward=false&lists=0312345678,,,,0451112222"))
        .as("no bulk forwarding: takes effect at once")
        .doesNotContain("AFTER_BULK_STOP");
  }

  @Test
  void aMobileOfficeNumberForwardsUnconditionallyOnlyAndTheNetworkFollows() {
    // the demo's Mobile Office Number Set (N200000009) in the voice group Y15000001
    String office = "0459990001";
    assertThat(
            change(
                "vg:Y15000001",
                "",
                office,
                "&forward=true&modes=BN&ring=20&lists=09011112222,,,,&target=LIST_1"))
        .isEqualTo("INVALID [UNCONDITIONAL_ONLY] {}");
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + office
                    + "' AND f.forward"))
        .as("nothing stored")
        .isZero();

    assertThat(
            change(
                "vg:Y15000001",
                "",
                office,
                "&forward=true&modes=U&lists=09011112222,,,,&target=LIST_1"))
        .startsWith("OK ");
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> RoutingApi.incoming(http, office, "0312345678").contains("09011112222"));
  }
}
