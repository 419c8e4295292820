package jp.selfcare.web.routing;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details, as the API answers errors. */
final class Problems {

  static final String TYPE = "application/problem+json";

  private Problems() {}

  static Response of(Response.Status status, String detail) {
    return Response.status(status)
        .type(TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail)
                .build()
                .toString())
        .build();
  }
}
