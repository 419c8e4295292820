package jp.selfcare.web.routing;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps what a call server may send: {@value #DECISION_BYTES} bytes for a decision (a few short
 * fields) and {@value #EVENT_BYTES} bytes for an event (a recorded message's audio: about five
 * minutes of telephone-quality WAV, base64). A larger body is answered 413 problem+json before
 * anything is parsed or stored, whether it announces its length or is sent in chunks; the API key
 * is checked first ({@link ApiKeyFilter}), so an unknown client never makes the server read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public class BodySizeLimit implements ContainerRequestFilter {

  static final int DECISION_BYTES = 64 * 1024;

  static final int EVENT_BYTES = 6 * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    int limit = request.getUriInfo().getPath().endsWith("/events") ? EVENT_BYTES : DECISION_BYTES;
    if (request.getLength() > limit) {
      refuse(request, limit);
      return;
    }
    InputStream in = request.getEntityStream();
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      refuse(request, limit);
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static void refuse(ContainerRequestContext request, int limit) {
    request.abortWith(
        Problems.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "the request body must not exceed " + limit + " bytes"));
  }
}
