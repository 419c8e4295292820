package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 設定履歴's 元に戻す of any entry: the entry's type, read from the history, decides which feature restores
 * the old value; the feature checks the caller's scope on the number itself, so an entry id from
 * outside the caller's scope, or one that is no single-number change, is refused and changes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsUndoIT {

  private static final String ADMIN = "vg:Y15000001";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String undo(String as, String operation) {
    return support("/settings-site/history/undo?as=" + as + "&operation=" + operation);
  }

  /** 発信者番号通知 → 非通知 as the administrator: the history entry's id. */
  private static String callerIdOff(String number) {
    String switched =
        support(
            "/features/change?as="
                + ADMIN
                + "&feature=CALLER_ID_PRESENTATION&number="
                + number
                + "&on=false");
    assertThat(switched).startsWith("OK ");
    return switched;
  }

  private static long entries() {
    return count("SELECT COUNT(*) FROM operation");
  }

  @Test
  void aSwitchAndANuisanceListAreRestoredThroughTheHistory() {
    String number = "0456000054";
    String feature = "/features/view?as=" + ADMIN + "&feature=CALLER_ID_PRESENTATION";
    assertThat(support(feature + "&number=" + number)).isEqualTo("ON");
    String switched = callerIdOff(number);
    assertThat(undo(ADMIN, switched.substring(3))).isEqualTo("OK");
    assertThat(support(feature + "&number=" + number)).as("restored").isEqualTo("ON");

    String[] found = support("/nuisance/search?as=" + ADMIN + "&part=03500000").split(" ");
    String listed = found[found.length - 1];
    String applied =
        support("/nuisance/apply?as=" + ADMIN + "&number=" + listed + "&list=03-7777-0001");
    assertThat(applied).startsWith("OK ");
    assertThat(undo(ADMIN, applied.substring(3))).isEqualTo("OK");
    assertThat(
            count(
                "SELECT COUNT(*) FROM nuisance_entry e JOIN ip_number n ON n.id = e.ip_number_id"
                    + " WHERE n.number = '"
                    + listed
                    + "' AND e.blocked_number = '0377770001'"))
        .as("the list as it was before")
        .isZero();
    assertThat(undo(ADMIN, applied.substring(3)))
        .as("the list changed since (by the undo itself)")
        .isEqualTo("REFUSED CHANGED_SINCE");
  }

  @Test
  void anEntryWrittenBeforeTheHistoryWasTypedIsStillRestored() {
    String number = "0456000056";
    String changed =
        support(
            "/settings-site/forwarding/change?as="
                + ADMIN
                + "&pw=&number="
                + number
                + "&forward=true&modes=U&lists=0451112222,,,,&target=LIST_1");
    assertThat(changed).startsWith("OK ");
    String entry = changed.split(" ")[1];
    assertThat(
            support(
                "/history-rows/as-written?operation="
                    + entry
                    + "&old="
                    + enc("F;-B--;r=;l=0312345678,,,,;t=LIST_1")
                    + "&new="
                    + enc("F;U---;r=;l=0451112222,,,,;t=LIST_1")))
        .isEqualTo("OK");

    assertThat(undo(ADMIN, entry)).isEqualTo("OK");

    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "' AND f.forward AND f.busy AND NOT f.unconditional"
                    + " AND f.list1 = '0312345678' AND f.target = 'LIST_1'"))
        .as("the old value of the entry, read from its earlier text")
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE undo_of = "
                    + entry
                    + " AND old_value LIKE '{\"v\":1,%' AND new_value LIKE '{\"v\":1,%'"))
        .as("the undo itself is written typed")
        .isEqualTo(1);
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void anEntryOutsideTheCallersScopeOrOfNoNumberIsRefusedAndChangesNothing() {
    String number = "0456000055";
    String switched = callerIdOff(number);
    long before = entries();

    assertThat(undo("vg:Y15000002", switched.substring(3)))
        .as("another voice group's administrator")
        .isEqualTo("NOT_ALLOWED");
    assertThat(undo("W000000002", switched.substring(3)))
        .as("a number user of another number")
        .isEqualTo("NOT_ALLOWED");
    assertThat(undo(ADMIN, "-1")).as("no such entry").isEqualTo("NOT_ALLOWED");
    assertThat(entries()).as("nothing written").isEqualTo(before);
    assertThat(
            support(
                "/features/view?as=" + ADMIN + "&feature=CALLER_ID_PRESENTATION&number=" + number))
        .isEqualTo("OFF");

    assertThat(undo(ADMIN, switched.substring(3))).isEqualTo("OK");
  }
}
