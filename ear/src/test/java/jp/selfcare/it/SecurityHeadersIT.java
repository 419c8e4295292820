package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's security headers (wildfly-config 75-security-headers.cli) on every kind of response:
 * pages, static resources, redirects, missing files and the API; Faces pages also carry PrimeFaces'
 * policy with this response's script nonce.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/portal/login.xhtml",
        "/index.xhtml",
        "/portal/numbers.xhtml",
        "/files/999999",
        "/settings/handoff",
        "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga",
        "/api/routing/v1/incoming"
      })
  void everyResponseCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> response = Urls.get(Urls.APP + path);
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertThat(policies)
        .as(path)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    .contains("form-action 'self'"));
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    assertThat(response.headers().firstValue("Permissions-Policy"))
        .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
  }

  @Test
  void aFacesPageAllowsOnlyScriptsWithItsOwnNonce() {
    HttpResponse<String> first = Urls.get(Urls.APP + "/portal/login.xhtml");
    HttpResponse<String> second = Urls.get(Urls.APP + "/portal/login.xhtml");
    String nonce = nonce(first);
    assertThat(first.body()).contains("nonce=\"" + nonce + "\"");
    assertThat(nonce(second)).as("a fresh nonce per response").isNotEqualTo(nonce);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndTheDevRunHasNoHsts() {
    HttpResponse<String> login = Urls.get(Urls.APP + "/portal/login.xhtml");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Lax")
                    .as("plain HTTP development run: a Secure cookie would never come back")
                    .doesNotContainIgnoringCase("secure;")
                    .doesNotEndWithIgnoringCase("secure"));
    assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static String nonce(HttpResponse<String> response) {
    String policy =
        response.headers().allValues("Content-Security-Policy").stream()
            .filter(p -> p.contains("'nonce-"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no nonce policy: " + response.headers()));
    int at = policy.indexOf("'nonce-") + 7;
    return policy.substring(at, policy.indexOf('\'', at));
  }
}
