package jp.selfcare.web.routing;

import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details, as the API answers errors. */
final class Problems {

  /**
   * One provider for every call: {@code Json.create…} looks the provider up (ServiceLoader) each
   * time.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String TYPE = "application/problem+json";

  private Problems() {}

  static Response of(Response.Status status, String detail) {
    return Response.status(status)
        .type(TYPE)
        .entity(
            JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail)
                .build()
                .toString())
        .build();
  }
}
