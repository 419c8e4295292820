package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 転送を予約する through the service (spec 30-settings-site.md §2): a reservation stored and followed at
 * instants across the week in the customer's time zone, history with the old and the new schedule,
 * one event per change, deletion back to the number's own setting; bad schedules and out-of-scope
 * calls change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReservationsIT {

  private static final String ADMIN = "vg:Y15000001";

  /** 横浜営業所 numbers no other test touches. */
  private static final String NUMBER = "0456000061";

  private static final String PATTERNS = enc("1:勤務時間:0312345678;2:夜間:090-1234-5678;3:休日:");

  private static final String SLOTS =
      "MONDAY@09:00=1,MONDAY@18:00=2,TUESDAY@09:00=1,TUESDAY@18:00=2,SATURDAY@00:00=3";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String save(String as, String number, String patterns, String slots) {
    return support(
        "/reservation/save?as="
            + as
            + "&number="
            + number
            + "&patterns="
            + patterns
            + "&slots="
            + slots);
  }

  private static String at(String number, String instant) {
    return support("/reservation/at?as=" + ADMIN + "&number=" + number + "&instant=" + instant);
  }

  private static long stored(String number) {
    return count(
        "SELECT COUNT(*) FROM reservation_slot s JOIN ip_number n ON n.id = s.ip_number_id"
            + " WHERE n.number = '"
            + number
            + "'");
  }

  private static long feed(String number) {
    return Long.parseLong(Urls.get(Urls.SUPPORT + "/settings-site/feed?number=" + number).body());
  }

  @Test
  void aReservationIsFollowedAtEachInstantInTheCustomersTimeZone() {
    long events = feed(NUMBER);

    String answer = save(ADMIN, NUMBER, PATTERNS, SLOTS);

    assertThat(answer).startsWith("OK ");
    assertThat(stored(NUMBER)).isEqualTo(5);
    assertThat(feed(NUMBER)).isEqualTo(events + 1);
    // 2026-12-07 is a Monday; Japan is UTC+9.
    assertThat(at(NUMBER, "2026-12-07T00:00:00Z")).as("Mon 09:00 JST").isEqualTo("0312345678");
    assertThat(at(NUMBER, "2026-12-07T08:59:00Z")).as("Mon 17:59 JST").isEqualTo("0312345678");
    assertThat(at(NUMBER, "2026-12-07T09:00:00Z")).as("Mon 18:00 JST").isEqualTo("09012345678");
    assertThat(at(NUMBER, "2026-12-08T00:00:00Z")).as("Tue 09:00 JST").isEqualTo("0312345678");
    assertThat(at(NUMBER, "2026-12-11T23:00:00Z")).as("Sat 08:00 JST").isEqualTo("-");
    assertThat(at(NUMBER, "2026-12-06T23:59:00Z")).as("Mon 08:59 JST").isEqualTo("-");
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + answer.substring(3)
                    + " AND operation_type = 'FORWARDING_RESERVATION' AND old_value = '{\"v\":1,\"value\":null}'"
                    + " AND new_value::jsonb #>> '{value,patterns,1,name}' = '勤務時間'"
                    + " AND new_value::jsonb #> '{value,patterns,1,setting,unconditional}'"
                    + " = 'true'::jsonb"
                    + " AND new_value::jsonb #> '{value,slots,0}'"
                    + " = '{\"day\":\"MONDAY\",\"start\":\"09:00:00\",\"pattern\":1}'::jsonb"))
        .as("no reservation before; the new schedule with its patterns and slots")
        .isEqualTo(1);
    assertThat(support("/reservation/list?as=" + ADMIN)).contains(NUMBER);
  }

  @Test
  void deletingTheReservationBringsBackTheOwnSetting() {
    String number = "0456000062";
    assertThat(
            support(
                "/settings-site/forwarding/change?as="
                    + ADMIN
                    + "&pw=&number="
                    + number
                    + "&forward=true&modes=U&lists=0451112222,,,,&target=LIST_1"))
        .startsWith("OK ");
    assertThat(save(ADMIN, number, enc("1:常時:0312345678"), "WEDNESDAY@12:00=1")).startsWith("OK ");
    assertThat(at(number, "2026-12-07T00:00:00Z")).isEqualTo("0312345678");

    String deleted = support("/reservation/delete?as=" + ADMIN + "&number=" + number);

    assertThat(deleted).startsWith("OK ");
    assertThat(stored(number)).isZero();
    assertThat(at(number, "2026-12-07T00:00:00Z")).isEqualTo("0451112222");
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + deleted.substring(3)
                    + " AND new_value = '{\"v\":1,\"value\":null}'"
                    + " AND old_value::jsonb #>> '{value,slots,0,day}' = 'WEDNESDAY'"))
        .isEqualTo(1);
  }

  @Test
  void aBadScheduleIsRefusedWithEveryRuleAndChangesNothing() {
    String number = "0456000063";
    long history =
        count(
            "SELECT COUNT(*) FROM operation WHERE operation_type = 'FORWARDING_RESERVATION'"
                + " AND target = '"
                + number
                + "'");

    assertThat(
            save(
                ADMIN,
                number,
                enc("1:昼:0456000063;2::0312345678"),
                "MONDAY@9:00=1,MONDAY@10:00=4,TUESDAY@10:00=1,TUESDAY@10:00=2"))
        .isEqualTo(
            "INVALID [PATTERN_FORWARDING:1:0 NAME_REQUIRED:2:0 SLOT_TIME:1:1 SLOT_PATTERN:4:2"
                + " SLOT_DUPLICATE:2:4]");
    assertThat(save(ADMIN, number, "", "")).isEqualTo("INVALID [NO_PATTERN:0:0 NO_SLOTS:0:0]");

    assertThat(stored(number)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE operation_type = 'FORWARDING_RESERVATION'"
                    + " AND target = '"
                    + number
                    + "'"))
        .isEqualTo(history);
  }

  @Test
  void outOfScopeNothingIsStored() {
    assertThat(save("vg:Y15000002", "0456000064", PATTERNS, SLOTS)).isEqualTo("NOT_ALLOWED");
    assertThat(save("W000000002", "0350000001", PATTERNS, SLOTS))
        .as("a number user has only its own number")
        .isEqualTo("NOT_ALLOWED");
    assertThat(stored("0456000064")).isZero();
    assertThat(stored("0350000001")).isZero();
  }

  @Test
  void undoOfTheFirstReservationRemovesItAndIsRefusedTwice() {
    String number = "0456000066";
    String saved = save(ADMIN, number, enc("1:常時:0312345678"), "FRIDAY@08:30=1").substring(3);
    assertThat(stored(number)).isEqualTo(1);

    assertThat(support("/reservation/undo?as=" + ADMIN + "&operation=" + saved)).startsWith("OK ");
    assertThat(stored(number)).isZero();
    assertThat(at(number, "2026-12-07T00:00:00Z")).as("the own setting again").isEqualTo("-");
    assertThat(support("/reservation/undo?as=" + ADMIN + "&operation=" + saved))
        .isEqualTo("REFUSED CHANGED_SINCE");
  }
}
