package jp.selfcare.it;

import static jp.selfcare.it.CallRecordFiles.HEADER;
import static jp.selfcare.it.CallRecordFiles.callId;
import static jp.selfcare.it.Urls.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The call-record import through the folder the network delivers into: each call rated with the
 * tariff, every bad row named in the result and nothing of it loaded, a number that is no
 * customer's kept unbilled; a file delivered again (under any name) and a call delivered again are
 * never charged twice.
 */
@ExtendWith(ArquillianExtension.class)
class CallRecordsIT {

  /** A number of サンプル商事 in the demo data. */
  private static final String OURS = "0350000000";

  /** A number no customer has. */
  private static final String NOBODYS = "0300000009";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String row(
      String id, String calling, String called, int answered, int seconds, String callClass) {
    return String.join(
        ",",
        id,
        "2026-11-02T10:00:00+09:00",
        calling,
        called,
        Integer.toString(answered),
        Integer.toString(seconds),
        callClass);
  }

  private static long charged(String callId, String charge) {
    return count(
        "SELECT COUNT(*) FROM call_record WHERE call_id = '" + callId + "' AND charge = " + charge);
  }

  @Test
  void callsAreRatedBadRowsNamedAndAnUnknownNumberKeptUnbilled() {
    String mobile = callId();
    String fixed = callId();
    String missed = callId();
    String unknown = callId();
    String badDuration = callId();
    String name = "calls-" + mobile.substring(3, 11) + ".csv";
    List<String> rows =
        List.of(
            HEADER,
            row(mobile, OURS, "09012345678", 1, 125, "MOBILE"),
            row(fixed, OURS, "0312345679", 1, 181, ""),
            row(missed, OURS, "0312345679", 0, 0, "FIXED"),
            row(unknown, NOBODYS, "0312345679", 1, 30, "FIXED"),
            "short,row",
            row(badDuration, "12", OURS, 0, 30, "SATELLITE"));

    assertThat(CallRecordFiles.importFromFolder(name, rows)).isEqualTo("COMPLETED FAILED");

    String[] outcome = CallRecordFiles.importOf(name).split(" ");
    assertThat(outcome).startsWith("FAILED", "4", "0", "2", "1", "-");
    assertThat(outcome[6]).as("the file lies in failed/").contains("/failed/");
    assertThat(OrderFiles.exists(outcome[6])).isTrue();
    assertThat(charged(mobile, "48")).as("125 s to a mobile: 3 minutes at 16 yen").isEqualTo(1);
    assertThat(charged(fixed, "16"))
        .as("181 s to a fixed number: 2 × 3 minutes at 8 yen")
        .isEqualTo(1);
    assertThat(charged(missed, "0")).as("a call not answered costs nothing").isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM call_record WHERE call_id = '"
                    + unknown
                    + "' AND charge IS NULL AND ip_number_id IS NULL"))
        .as("kept, unbilled")
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM call_record WHERE call_id = '" + badDuration + "'"))
        .isZero();

    List<String> result = CallRecordFiles.result(name);
    assertThat(result).hasSize(4);
    assertThat(result.get(1))
        .startsWith("5," + unknown + ",UNBILLED,UNKNOWN_NUMBER,発信元番号がどのお客様の番号でもありません");
    assertThat(result.get(2)).startsWith("6,short,REFUSED,FIELD_COUNT,\"項目の数が7つではありません");
    assertThat(result.get(3))
        .startsWith(
            "7," + badDuration + ",REFUSED,CALLING_NUMBER DURATION_WITHOUT_ANSWER CALL_CLASS,")
        .contains("The calling number is not 10 or 11 digits");
  }

  @Test
  void aFileDeliveredAgainOrACallDeliveredAgainIsNeverChargedTwice() {
    String first = callId();
    String second = callId();
    String third = callId();
    String tag = first.substring(3, 11);
    List<String> rows =
        List.of(
            HEADER,
            row(first, OURS, "09012345678", 1, 60, "MOBILE"),
            row(second, OURS, "0312345679", 1, 60, "FIXED"));
    assertThat(CallRecordFiles.importFromFolder("day1-" + tag + ".csv", rows))
        .isEqualTo("COMPLETED DONE");
    assertThat(CallRecordFiles.importOf("day1-" + tag + ".csv")).startsWith("DONE 2 0 0 0 - ");

    assertThat(CallRecordFiles.importFromFolder("day1-again-" + tag + ".csv", rows))
        .as("the same content under another name")
        .isEqualTo("COMPLETED DUPLICATE");
    assertThat(CallRecordFiles.importOf("day1-again-" + tag + ".csv")).startsWith("DUPLICATE ");
    assertThat(CallRecordFiles.result("day1-again-" + tag + ".csv").get(1))
        .contains(",DUPLICATE,", "取り込み済み");

    List<String> overlapping =
        List.of(
            HEADER,
            row(second, OURS, "0312345679", 1, 60, "FIXED"),
            row(third, OURS, "0312345679", 1, 200, "FIXED"));
    assertThat(CallRecordFiles.importFromFolder("day2-" + tag + ".csv", overlapping))
        .isEqualTo("COMPLETED DONE");
    assertThat(CallRecordFiles.importOf("day2-" + tag + ".csv"))
        .as("one call new, one loaded before")
        .startsWith("DONE 1 1 0 0 - ");

    for (String id : List.of(first, second, third)) {
      assertThat(count("SELECT COUNT(*) FROM call_record WHERE call_id = '" + id + "'"))
          .as(id)
          .isEqualTo(1);
    }
    assertThat(charged(third, "16")).isEqualTo(1);
  }

  @Test
  void aFileWithoutItsHeaderLoadsNothing() {
    String id = callId();
    String name = "no-header-" + id.substring(3, 11) + ".csv";

    assertThat(
            CallRecordFiles.importFromFolder(
                name, List.of(row(id, OURS, "0312345679", 1, 60, "FIXED"))))
        .isEqualTo("COMPLETED FAILED");

    assertThat(CallRecordFiles.importOf(name)).startsWith("FAILED 0 0 1 0 - ");
    assertThat(count("SELECT COUNT(*) FROM call_record WHERE call_id = '" + id + "'")).isZero();
    assertThat(CallRecordFiles.result(name).get(1)).startsWith("1,,REFUSED,HEADER,\"1行目が見出し行");
  }
}
