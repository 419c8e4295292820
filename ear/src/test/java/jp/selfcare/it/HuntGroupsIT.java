package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 代表 through the service (spec 30-settings-site.md §5): groups in scope, candidates by prefix
 * (basic numbers of the parent's site in no group; Members Net only under a Members Net parent),
 * members added and reordered with history and events, and every refusal — last member removed, not
 * a candidate, changed since opened, out of scope — changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HuntGroupsIT {

  /** 横浜営業所's second demo group: parent 0456000040, members 050 and 060 (round robin). */
  private static final String YOKOHAMA = "0456000040";

  /** 大阪支店's Members Net group: parent 0660010000, members 010 and 020. */
  private static final String MEMBERS_NET = "0660010000";

  private static final String ADMIN = "vg:Y15000001";

  private static final String OSAKA_ADMIN = "vg:Y15000002";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String[] open(String as, String parent) {
    return support("/hunt/open?as=" + as + "&parent=" + parent).split(" ");
  }

  private static String change(
      String as,
      String parent,
      String version,
      String method,
      String presentation,
      String members) {
    return support(
        "/hunt/change?as="
            + as
            + "&parent="
            + parent
            + "&version="
            + version
            + "&method="
            + method
            + "&presentation="
            + presentation
            + "&members="
            + members);
  }

  /** A group as the settings history keeps it (members comma-separated, in order). */
  private static String group(String method, String presentation, String members) {
    String list =
        members.isEmpty()
            ? ""
            : Arrays.stream(members.split(","))
                .map(m -> "\"" + m + "\"")
                .collect(Collectors.joining(","));
    return "{\"v\":1,\"value\":{\"callMethod\":\""
        + method
        + "\",\"presentation\":\""
        + presentation
        + "\",\"members\":["
        + list
        + "]}}";
  }

  private static String members(String parent) {
    return support("/hunt/open?as=vg:Y15000001&parent=" + parent).split(" ")[3];
  }

  private static long huntHistory(String parent) {
    return count(
        "SELECT COUNT(*) FROM operation WHERE operation_type = 'HUNT_GROUP' AND target = '"
            + parent
            + "'");
  }

  private static long feed(String number) {
    return Long.parseLong(Urls.get(Urls.SUPPORT + "/settings-site/feed?number=" + number).body());
  }

  @Test
  void theGroupsInScopeAreListed() {
    assertThat(support("/hunt/search?as=" + ADMIN + "&part=")).isEqualTo("2 0456000000 0456000040");
    assertThat(support("/hunt/search?as=" + OSAKA_ADMIN + "&part=")).isEqualTo("1 0660010000");
    assertThat(support("/hunt/search?as=W000000002&part=")).isEqualTo("NOT_ALLOWED");
  }

  @Test
  void candidatesAreFreeBasicNumbersOfTheSiteByPrefix() {
    List<String> candidates =
        Arrays.asList(
            support("/hunt/candidates?as=" + ADMIN + "&parent=" + YOKOHAMA + "&key=0456-000")
                .split(" "));
    assertThat(candidates)
        .contains("0456000070", "0456000190")
        .doesNotContain("0456000000", "0456000010", "0456000040", "0456000060", "0456000071")
        .allMatch(n -> n.startsWith("0456000") && n.endsWith("0"));
    assertThat(support("/hunt/candidates?as=" + ADMIN + "&parent=" + YOKOHAMA + "&key=0456000-19"))
        .isEqualTo("0456000190");
    assertThat(support("/hunt/candidates?as=" + ADMIN + "&parent=" + YOKOHAMA + "&key=456"))
        .isEqualTo("INVALID_KEY");
    assertThat(
            support("/hunt/candidates?as=" + ADMIN + "&parent=" + YOKOHAMA + "&key=0456-000-000-1"))
        .as("three hyphens")
        .isEqualTo("INVALID_KEY");
  }

  @Test
  void membersAreAddedAndReorderedWithHistoryAndEvents() {
    String[] before = open(ADMIN, YOKOHAMA);
    long parentEvents = feed(YOKOHAMA);
    long joinerEvents = feed("0456000080");

    String answer =
        change(ADMIN, YOKOHAMA, before[2], "SEQUENTIAL", "OWN", "0456000060,0456000080,0456000050");

    assertThat(answer).startsWith("OK ");
    String[] after = open(ADMIN, YOKOHAMA);
    assertThat(after[0]).isEqualTo("SEQUENTIAL");
    assertThat(after[1]).isEqualTo("OWN");
    assertThat(after[3]).isEqualTo("0456000060,0456000080,0456000050");
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + answer.substring(3)
                    + " AND operation_type = 'HUNT_GROUP' AND target = '"
                    + YOKOHAMA
                    + "' AND old_value::jsonb = '"
                    + group(before[0], before[1], before[3])
                    + "'::jsonb AND new_value::jsonb = '"
                    + group("SEQUENTIAL", "OWN", "0456000060,0456000080,0456000050")
                    + "'::jsonb"))
        .isEqualTo(1);
    assertThat(feed(YOKOHAMA)).isEqualTo(parentEvents + 1);
    assertThat(feed("0456000080")).as("the number that joined").isEqualTo(joinerEvents + 1);

    assertThat(change(ADMIN, YOKOHAMA, before[2], "SEQUENTIAL", "OWN", "0456000050"))
        .as("opened before the change above")
        .isEqualTo("REFUSED [CHANGED_SINCE] []");
    assertThat(members(YOKOHAMA)).isEqualTo("0456000060,0456000080,0456000050");
  }

  @Test
  void theLastMemberCannotBeRemovedAndNonCandidatesCannotJoin() {
    String[] before = open(ADMIN, "0456000000");
    String v = before[2];
    String m = before[3];
    long entries = huntHistory("0456000000");

    assertThat(change(ADMIN, "0456000000", v, before[0], before[1], ""))
        .isEqualTo("REFUSED [NO_MEMBERS] []");
    assertThat(change(ADMIN, "0456000000", v, before[0], before[1], m + ",0456000050"))
        .as("a member of another group")
        .isEqualTo("REFUSED [NOT_CANDIDATE] [0456000050]");
    assertThat(change(ADMIN, "0456000000", v, before[0], before[1], m + ",0456000101"))
        .as("a dial-in number")
        .isEqualTo("REFUSED [NOT_CANDIDATE] [0456000101]");
    assertThat(change(ADMIN, "0456000000", v, before[0], before[1], m + ",0350000010"))
        .as("a number of another site")
        .isEqualTo("REFUSED [NOT_CANDIDATE] [0350000010]");
    assertThat(change(ADMIN, "0456000000", v, before[0], before[1], m + ",0456000000"))
        .as("the parent itself")
        .isEqualTo("REFUSED [NOT_CANDIDATE] [0456000000]");
    assertThat(change(ADMIN, "0456000000", v, before[0], before[1], "0456000010,0456000010"))
        .isEqualTo("REFUSED [DUPLICATE] [0456000010]");

    assertThat(open(ADMIN, "0456000000")).containsExactly(before);
    assertThat(huntHistory("0456000000")).isEqualTo(entries);
  }

  @Test
  void underAMembersNetParentOnlyMembersNetNumbersMayJoin() {
    String[] before = open(OSAKA_ADMIN, MEMBERS_NET);
    String candidates =
        support("/hunt/candidates?as=" + OSAKA_ADMIN + "&parent=" + MEMBERS_NET + "&key=066");
    assertThat(candidates).contains("0660010030").doesNotContain("0660000010");

    assertThat(
            change(
                OSAKA_ADMIN,
                MEMBERS_NET,
                before[2],
                before[0],
                before[1],
                before[3] + ",0660000010"))
        .isEqualTo("REFUSED [NOT_CANDIDATE] [0660000010]");
    assertThat(
            change(
                OSAKA_ADMIN,
                MEMBERS_NET,
                before[2],
                before[0],
                before[1],
                before[3] + ",0660010030"))
        .startsWith("OK ");
  }

  @Test
  void outOfScopeNothingIsShownOrChanged() {
    String[] before = open(ADMIN, YOKOHAMA);
    assertThat(support("/hunt/open?as=" + OSAKA_ADMIN + "&parent=" + YOKOHAMA))
        .isEqualTo("NOT_ALLOWED");
    assertThat(change(OSAKA_ADMIN, YOKOHAMA, before[2], "ROUND_ROBIN", "PARENT", "0456000050"))
        .isEqualTo("NOT_ALLOWED");
    assertThat(open(ADMIN, YOKOHAMA)).containsExactly(before);
  }
}
