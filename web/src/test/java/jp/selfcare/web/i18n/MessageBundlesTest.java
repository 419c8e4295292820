package jp.selfcare.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.bulk.BulkForwardingGroups;
import jp.selfcare.bulk.GroupState;
import jp.selfcare.bulk.GroupStateException;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.forwarding.DestinationProblem;
import jp.selfcare.forwarding.ForwardingProblem;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.hold.OperationKind;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.HuntGroups;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.identity.permission.Access;
import jp.selfcare.identity.permission.GroupProblem;
import jp.selfcare.identity.permission.ScopeType;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.RegistrationProblem;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.identity.settings.AccountProblem;
import jp.selfcare.nuisance.NuisanceBlocking;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.routing.Check;
import jp.selfcare.routing.Presentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No page may show a {@code ???key???}: every key a page or bean names literally, and every key it
 * builds from an enum constant, exists in the Japanese default bundle and in the English one.
 */
class MessageBundlesTest {

  private static final Path WEB = Path.of("src/main");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
  private static final Pattern JAVA_KEY =
      Pattern.compile(
          "Messages\\.(?:text|info|error|warn)\\(\\s*\"([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)+)\"");

  @ParameterizedTest
  @ValueSource(
      strings = {"messages.properties", "messages_ja.properties", "messages_en.properties"})
  void everyLiteralKeyExists(String bundle) throws IOException {
    Properties messages = load(bundle);
    Set<String> missing = new TreeSet<>();
    for (String key : literalKeys()) {
      if (!messages.containsKey(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("keys missing from " + bundle).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumKeys")
  void everyConstantOfAnEnumKeyExists(String prefix, Class<? extends Enum<?>> type) {
    for (String bundle :
        List.of("messages.properties", "messages_ja.properties", "messages_en.properties")) {
      Properties messages = load(bundle);
      List<String> missing = new ArrayList<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        if (!messages.containsKey(prefix + constant.name())) {
          missing.add(prefix + constant.name());
        }
      }
      assertThat(missing).as("keys missing from " + bundle).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages_ja.properties", "messages_en.properties"})
  void bothLanguagesHaveTheSameKeys(String bundle) {
    assertThat(load(bundle).stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  /**
   * Keys the pages and beans build as prefix + an enum constant's name. Enums of which a page shows
   * only some constants (the credential {@code Violation}s of one account family) are not listed.
   */
  static Stream<Arguments> enumKeys() {
    return Stream.of(
        Arguments.of("settings.function.", SettingsFunction.class),
        Arguments.of("settings.role.", SettingsRole.class),
        Arguments.of("settings.accounts.", AccountProblem.class),
        Arguments.of("simulator.rule.", Check.Rule.class),
        Arguments.of("simulator.presentation.", Presentation.class),
        Arguments.of("history.type.", OperationType.class),
        Arguments.of("history.state.", OperationState.class),
        Arguments.of("history.undo.", UndoRefusedException.Reason.class),
        Arguments.of("holds.kind.", OperationKind.class),
        Arguments.of("hunt.method.", CallMethod.class),
        Arguments.of("hunt.presentation.", NumberPresentation.class),
        Arguments.of("hunt.problem.", HuntGroups.Problem.class),
        Arguments.of("forwarding.target.", ForwardingTarget.class),
        Arguments.of("forwarding.problem.", ForwardingProblem.class),
        Arguments.of("forwarding.destination.", DestinationProblem.class),
        Arguments.of("feature.title.", CallFeature.class),
        Arguments.of("feature.note.", CallFeature.class),
        Arguments.of("bulk.state.", GroupState.class),
        Arguments.of("bulk.problem.", BulkForwardingGroups.Problem.class),
        Arguments.of("bulk.refused.", GroupStateException.Reason.class),
        Arguments.of("auditEvent.", AuditEvent.class),
        Arguments.of("access.", Access.class),
        Arguments.of("groups.scope.", ScopeType.class),
        Arguments.of("groups.", GroupProblem.class),
        Arguments.of("registration.", RegistrationProblem.class),
        Arguments.of("role.", PortalRole.class),
        Arguments.of("secondStep.", SecondStep.class),
        Arguments.of("numberType.", NumberType.class),
        Arguments.of("nuisance.problem.", NuisanceBlocking.Kind.class),
        Arguments.of("billing.problem.", jp.selfcare.webbilling.MemberProblem.class),
        Arguments.of("billingRegister.q.", jp.selfcare.webbilling.SecretQuestion.class),
        Arguments.of("billingCancel.reason.", jp.selfcare.webbilling.CancelReason.class),
        Arguments.of("billingMember.state.", jp.selfcare.webbilling.MemberState.class),
        Arguments.of(
            "billingCredentials.kind.", jp.selfcare.webbilling.CredentialChange.Kind.class),
        Arguments.of(
            "billingCredentials.done.", jp.selfcare.webbilling.CredentialChange.Kind.class));
  }

  private static Set<String> literalKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(WEB)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        Pattern pattern =
            name.endsWith(".xhtml") ? PAGE_KEY : name.endsWith(".java") ? JAVA_KEY : null;
        if (pattern == null) {
          continue;
        }
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    assertThat(keys).as("keys found in the pages and beans").hasSizeGreaterThan(300);
    return keys;
  }

  private static Properties load(String bundle) {
    Properties p = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/jp/selfcare/web/i18n/" + bundle)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
