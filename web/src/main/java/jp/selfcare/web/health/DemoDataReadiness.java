package jp.selfcare.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jp.selfcare.demo.DemoDataLoader;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the demo data asked for is loaded (at once when none is: production). It lives in the
 * web module because WildFly gathers a deployment's health checks from its web modules.
 */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {

  @EJB private DemoDataLoader loader;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("demo-data").status(loader.isLoaded()).build();
  }
}
