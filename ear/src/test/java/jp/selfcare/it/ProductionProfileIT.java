package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production profile (standalone-production.xml, built from wildfly-config's
 * src/main/cli/production) on a server of its own beside the test server: the application over
 * HTTPS with the operator's keystore, plain HTTP only redirecting pages and refusing everything
 * else, HSTS, and session cookies that are Secure, HttpOnly and SameSite.
 */
class ProductionProfileIT {

  private static final int OFFSET = 300;
  private static final int HTTP_PORT = 8080 + OFFSET;
  private static final int HTTPS_PORT = 8443 + OFFSET;
  private static final String KEYSTORE_PASSWORD = "it-keystore-pass";

  private static Path base;
  private static Process server;
  private static HttpClient https;
  private static final HttpClient PLAIN = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheProductionProfile() throws Exception {
    Path home = Paths.get(System.getProperty("jboss.home"));
    base = Paths.get("target/production-server").toAbsolutePath();
    ItDatabase.deleteRecursively(base);
    ItDatabase.copyFolder(home.resolve("standalone/configuration"), base.resolve("configuration"));
    Path keystore = base.resolve("configuration/tls/server.p12");
    Files.createDirectories(keystore.getParent());
    run(
        Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost",
        "-validity",
        "30",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        KEYSTORE_PASSWORD);
    Path deployments = Files.createDirectories(base.resolve("deployments"));
    Files.copy(Paths.get(System.getProperty("it.ear")), deployments.resolve("selfcare.ear"));

    ProcessBuilder start =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-production.xml",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dselfcare.https.public-port=" + HTTPS_PORT,
                "-Dselfcare.demo=none",
                "-Dselfcare.secret-key=dGVzdC1vbmx5LWtleS1mb3ItdGhlLWl0cy0zMmJ5dGU=",
                "-Dselfcare.smtp.port=" + ItSmtp.PORT)
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("server.out").toFile());
    start.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.awt.headless=true");
    // the password reaches the server the way an operator gives it: in the environment
    start.environment().put("SELFCARE_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD);
    server = start.start();
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              if (Files.exists(deployments.resolve("selfcare.ear.failed")) || !server.isAlive()) {
                throw new AssertionError("the production profile did not start; see " + base);
              }
              return Files.exists(deployments.resolve("selfcare.ear.deployed"));
            });

    // trusts exactly the operator's certificate: the handshake proves the listener uses that
    // keystore
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      trusted.load(in, KEYSTORE_PASSWORD.toCharArray());
    }
    https = HttpClient.newBuilder().sslContext(trusting(trusted)).build();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      server.waitFor();
    }
  }

  @Test
  void aPageAskedForOverPlainHttpIsRedirectedToTheSameAddressOverHttps() throws Exception {
    HttpResponse<String> response =
        PLAIN.send(
            HttpRequest.newBuilder(plain("/portal/login.xhtml?lang=en")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("https://localhost:" + HTTPS_PORT + "/portal/login.xhtml?lang=en");
    assertThat(response.headers().allValues("Set-Cookie")).as("no session over HTTP").isEmpty();
  }

  @Test
  void aFormPostOrAnApiCallOverPlainHttpIsRefusedWithoutReachingTheApplication() throws Exception {
    for (String path : List.of("/portal/login.xhtml", "/api/routing/v1/incoming")) {
      HttpResponse<String> response =
          PLAIN.send(
              HttpRequest.newBuilder(plain(path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("loginId=a&password=b"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  @Test
  void overHttpsPagesCarryHstsAndTheSessionCookieIsSecure() throws Exception {
    HttpResponse<String> response =
        https.send(
            HttpRequest.newBuilder(
                    URI.create("https://localhost:" + HTTPS_PORT + "/portal/login.xhtml"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.sslSession())
        .hasValueSatisfying(tls -> assertThat(tls.getProtocol()).isIn("TLSv1.3", "TLSv1.2"));
    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("; secure")
                    .containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  private static URI plain(String path) {
    return URI.create("http://localhost:" + HTTP_PORT + path);
  }

  private static SSLContext trusting(KeyStore trusted) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
  }
}
