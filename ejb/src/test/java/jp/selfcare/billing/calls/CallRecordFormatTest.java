package jp.selfcare.billing.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.selfcare.billing.calls.CallRecordFormat.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CallRecordFormatTest {

  private static Row parse(String line) {
    return CallRecordFormat.parse(Arrays.asList(line.split(",", -1)));
  }

  @Test
  void aWellFormedRowIsOneCall() {
    Row row =
        parse("C-20261101-000001,2026-11-01T09:15:02+09:00,0312345678,09012345678,1,125,MOBILE");

    assertThat(row.problems()).isEmpty();
    assertThat(row.record())
        .isEqualTo(
            new CallRecord(
                "C-20261101-000001",
                OffsetDateTime.parse("2026-11-01T09:15:02+09:00"),
                "0312345678",
                "09012345678",
                true,
                125,
                CallClass.MOBILE));
  }

  @Test
  void theHeaderIsRecognisedWhateverItsCaseAndBlanks() {
    assertThat(
            CallRecordFormat.isHeader(
                List.of(
                    "Call_ID",
                    " started_at",
                    "calling_number",
                    "called_number",
                    "answered",
                    "duration_seconds",
                    "call_class ")))
        .isTrue();
    assertThat(CallRecordFormat.isHeader(List.of("call_id", "started_at"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "0312345678, FIXED",
    "0612345678, FIXED",
    "09012345678, MOBILE",
    "07012345678, MOBILE",
    "05012345678, IP_050",
    "0120123456, TOLL_FREE",
    "08001234567, TOLL_FREE",
    "010155512345, INTERNATIONAL",
    "110, SPECIAL",
    "119, SPECIAL"
  })
  void aRowWithoutClassGetsTheOneItsCalledNumberShows(String called, CallClass expected) {
    Row row = parse("c1,2026-11-01T09:15:02+09:00,0312345678," + called + ",1,10,");

    assertThat(row.record().callClass()).isEqualTo(expected);
  }

  @Test
  void aNamedClassWinsOverTheNumber() {
    assertThat(parse("c1,2026-11-01T09:15:02+09:00,0312345678,0312345679,0,0,ip_050").record())
        .extracting(CallRecord::callClass, CallRecord::answered)
        .containsExactly(CallClass.IP_050, false);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|2026-11-01T09:15:02+09:00,0312345678,0312345679,1,5,FIXED|CALL_ID",
        "c 1|2026-11-01T09:15:02+09:00,0312345678,0312345679,1,5,FIXED|CALL_ID",
        "c1|2026-11-01 09:15:02,0312345678,0312345679,1,5,FIXED|STARTED_AT",
        "c1|2026-11-01T09:15:02,0312345678,0312345679,1,5,FIXED|STARTED_AT",
        "c1|2026-11-01T09:15:02+09:00,312345678,0312345679,1,5,FIXED|CALLING_NUMBER",
        "c1|2026-11-01T09:15:02+09:00,03-1234-5678,0312345679,1,5,FIXED|CALLING_NUMBER",
        "c1|2026-11-01T09:15:02+09:00,0312345678,12,1,5,FIXED|CALLED_NUMBER",
        "c1|2026-11-01T09:15:02+09:00,0312345678,0312345679,yes,5,FIXED|ANSWERED",
        "c1|2026-11-01T09:15:02+09:00,0312345678,0312345679,1,-5,FIXED|DURATION",
        "c1|2026-11-01T09:15:02+09:00,0312345678,0312345679,1,86401,FIXED|DURATION",
        "c1|2026-11-01T09:15:02+09:00,0312345678,0312345679,1,1.5,FIXED|DURATION",
        "c1|2026-11-01T09:15:02+09:00,0312345678,0312345679,0,5,FIXED|DURATION_WITHOUT_ANSWER",
        "c1|2026-11-01T09:15:02+09:00,0312345678,0312345679,1,5,SATELLITE|CALL_CLASS",
        "c1|2026-11-01T09:15:02+09:00,0312345678,5551234,1,5,|CALL_CLASS"
      })
  void eachRuleIsNamed(String callId, String rest, CallRowProblem problem) {
    Row row = parse(callId + "," + rest);

    assertThat(row.ok()).isFalse();
    assertThat(row.problems()).containsExactly(problem);
  }

  @Test
  void aRowIsReportedWithEveryProblemItHas() {
    Row row = parse(",yesterday,12,x,maybe,-1,SATELLITE");

    assertThat(row.problems())
        .containsExactlyInAnyOrder(
            CallRowProblem.CALL_ID,
            CallRowProblem.STARTED_AT,
            CallRowProblem.CALLING_NUMBER,
            CallRowProblem.CALLED_NUMBER,
            CallRowProblem.ANSWERED,
            CallRowProblem.DURATION,
            CallRowProblem.CALL_CLASS);
  }

  @Test
  void aRowOfTheWrongLengthSaysSo() {
    assertThat(parse("c1,2026-11-01T09:15:02+09:00,0312345678").problems())
        .containsExactly(CallRowProblem.FIELD_COUNT);
  }

  @ParameterizedTest
  @EnumSource(CallRowProblem.class)
  void everyProblemReadsInBothLanguages(CallRowProblem problem) {
    assertThat(problem.message(Locale.JAPANESE)).isNotBlank().doesNotContain("{");
    assertThat(problem.message(Locale.ENGLISH))
        .isNotBlank()
        .isNotEqualTo(problem.message(Locale.JAPANESE));
  }
}
