package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR deploys, migrates its schema, loads the demo data and reports healthy. */
@ExtendWith(ArquillianExtension.class)
class ApplicationDeploymentIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static long count(String sql) {
    HttpResponse<String> response =
        Urls.get(Urls.SUPPORT + "/count?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Long.parseLong(response.body().strip());
  }

  @Test
  void flywayAppliedEveryMigration() throws IOException {
    long migrations = 0;
    // the common ones and those of one database (PostgreSQL and H2 have the same versions)
    for (String folder : new String[] {"migration", "vendor/h2"}) {
      try (Stream<Path> files = Files.list(Paths.get("../ejb/src/main/resources/db/" + folder))) {
        migrations +=
            files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
      }
    }
    assertThat(migrations).isPositive();
    assertThat(
            count(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"type\" = 'SQL'"))
        .isEqualTo(migrations);
  }

  @Test
  void demoDataHasTheDocumentedShape() {
    assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE sip_password IS NOT NULL")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE sip_password NOT LIKE 'v1:%'"))
        .as("SIP passwords are stored encrypted")
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM voice_group g JOIN customer c ON c.id = g.customer_id WHERE c.customer_number = 'N100000001'"))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM site s JOIN service_plan p ON p.id = s.plan_id JOIN voice_group g ON g.id = p.voice_group_id JOIN customer c ON c.id = g.customer_id WHERE c.customer_number = 'N100000001'"))
        .isGreaterThanOrEqualTo(3);
    assertThat(
            count(
                "SELECT COUNT(*) FROM contract c JOIN customer u ON u.id = c.customer_id WHERE u.customer_number = 'N100000001' AND c.service = 'IP_VOICE'"))
        .isGreaterThanOrEqualTo(6);
    assertThat(
            count(
                "SELECT COUNT(*) FROM contract WHERE service = 'BUSINESS_MOBILE' AND mobile_contract_id IS NOT NULL"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number n JOIN contract c ON c.id = n.contract_id JOIN customer u ON u.id = c.customer_id WHERE u.customer_number = 'N100000001'"))
        .isGreaterThanOrEqualTo(2000);
    // One site with at least 1,000 numbers, all holding the bulk forwarding contract.
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number n JOIN contract c ON c.id = n.contract_id JOIN site s ON s.id = c.site_id WHERE s.site_code = '1000001' AND n.ao_bulk_forwarding = TRUE"))
        .isGreaterThanOrEqualTo(1000);
    // A spread of every add-on and hunt groups.
    for (String addOn :
        new String[] {
          "ao_message_box",
          "ao_nuisance_blocking",
          "ao_anonymous_rejection",
          "ao_specific_presentation",
          "ao_specific_destination",
          "ao_members_net"
        }) {
      assertThat(count("SELECT COUNT(*) FROM ip_number WHERE " + addOn + " = TRUE"))
          .as(addOn)
          .isPositive();
    }
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE destination_number LIKE '0120%'"))
        .isPositive();
    assertThat(count("SELECT COUNT(*) FROM ip_number WHERE destination_number LIKE '0570%'"))
        .isPositive();
    assertThat(count("SELECT COUNT(*) FROM hunt_group")).isGreaterThanOrEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number n JOIN contract c ON c.id = n.contract_id JOIN customer u ON u.id = c.customer_id WHERE u.customer_number = 'N100000002'"))
        .isPositive();
  }

  /**
   * Readiness is WildFly's deployment check: the EAR is OK only after Flyway migrated the schema
   * and every start-up bean finished (see docs/architecture.md on health).
   */
  @Test
  void readinessIsUpOnceTheApplicationIsDeployed() {
    HttpResponse<String> ready = Urls.get(Urls.MANAGEMENT + "/health/ready");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"selfcare.ear\":\"OK\"");
  }

  @Test
  void landingPageLinksTheThreeApplications() {
    HttpResponse<String> landing = Urls.get(Urls.APP + "/");
    assertThat(landing.statusCode()).isEqualTo(200);
    assertThat(landing.body())
        .contains("ビジネスポータル", "Web設定変更サイト", "Webビリング")
        .contains("/portal/index.xhtml", "/settings/index.xhtml", "/billing/index.xhtml");
    HttpResponse<String> billing = Urls.get(Urls.APP + "/billing/index.xhtml");
    assertThat(billing.statusCode()).as("Web Billing needs a login").isEqualTo(302);
    assertThat(billing.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/billing/login.xhtml");
    assertThat(Urls.get(Urls.APP + "/billing/login.xhtml").statusCode()).isEqualTo(200);
    assertThat(Urls.get(Urls.APP + "/settings/index.xhtml").statusCode())
        .as("the settings site needs a login")
        .isEqualTo(302);
    HttpResponse<String> portal = Urls.get(Urls.APP + "/portal/index.xhtml");
    assertThat(portal.statusCode()).as("the portal needs a login").isEqualTo(302);
    assertThat(portal.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/portal/login.xhtml");
    assertThat(Urls.get(Urls.APP + "/portal/login.xhtml").statusCode()).isEqualTo(200);
  }
}
