package jp.selfcare.web.routing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jp.selfcare.routing.RoutingApiKeys;

/**
 * Admits only requests that carry an accepted API key in {@value #HEADER}. A browser session's
 * cookie is no credential here: without the key the answer is 401 whatever else the request has.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

  static final String HEADER = "X-Api-Key";

  @Inject private RoutingApiKeys keys;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!keys.accepts(request.getHeaderString(HEADER))) {
      request.abortWith(
          Problems.of(Response.Status.UNAUTHORIZED, "a valid " + HEADER + " header is required"));
    }
  }
}
