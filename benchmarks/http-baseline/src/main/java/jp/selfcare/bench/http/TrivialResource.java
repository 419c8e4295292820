package jp.selfcare.bench.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The trivial endpoint: takes the same JSON request as the incoming decision and answers a fixed
 * decision without looking at it — what HTTP and JAX-RS alone cost on this server. Like the
 * product's resource, it has no scope of its own (one instance per request).
 */
@Path("trivial")
public class TrivialResource {

  private static final String ANSWER =
      "{\"action\":\"RING\",\"targets\":[\"0350000000\"],\"ringSeconds\":null,"
          + "\"onBusy\":null,\"onNoAnswer\":null,\"onUnreachable\":null}";

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String decide(String request) {
    return ANSWER;
  }
}
