package jp.selfcare.web.routing;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;
import jp.selfcare.messagebox.CallEvents;
import jp.selfcare.routing.IncomingCall;
import jp.selfcare.routing.IncomingDecision;
import jp.selfcare.routing.OutgoingCall;
import jp.selfcare.routing.OutgoingDecision;
import jp.selfcare.routing.Presentation;
import jp.selfcare.routing.RoutingCache;

/**
 * {@code POST /api/routing/v1/incoming} and {@code /outgoing} exactly as 50-routing.md describes:
 * the request is checked field by field (problem+json 400 naming what is wrong), the decision comes
 * from the routing cache, and the answer has only the fields of its kind.
 */
@Path("routing/v1")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

  /**
   * One provider for every call: {@code Json.create…} looks the provider up (ServiceLoader) each
   * time.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

  @EJB private RoutingCache cache;

  @EJB private CallEvents events;

  /** Malformed input: the message becomes the problem's detail. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String detail) {
      super(detail);
    }
  }

  @POST
  @Path("incoming")
  public Response incoming(String body) {
    try {
      JsonObject in = parse(body);
      String called = digits(in, "called", true);
      String caller = digits(in, "caller", false);
      Presentation presentation = presentation(in);
      IncomingDecision d =
          cache.incoming(new IncomingCall(called, caller, presentation, at(in))).decision();
      return ok(incomingJson(d));
    } catch (BadRequest e) {
      return Problems.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  @POST
  @Path("outgoing")
  public Response outgoing(String body) {
    try {
      JsonObject in = parse(body);
      String caller = digits(in, "caller", true);
      String dialed = digits(in, "dialed", true);
      OutgoingDecision d = cache.outgoing(new OutgoingCall(caller, dialed, at(in))).decision();
      JsonObjectBuilder out = JSON.createObjectBuilder().add("action", d.action().name());
      switch (d.action()) {
        case ALLOW -> nullable(out, "presented", d.presented());
        case BLOCK -> out.add("reason", d.reason().name());
        default -> {}
      }
      return ok(out.build());
    } catch (BadRequest e) {
      return Problems.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  /**
   * {@code POST /events}: INCOMING_CALL or MESSAGE_RECORDED; answers once the event is stored and
   * its mails queued (they are sent afterwards): {@code {"status":"ACCEPTED"}}, or NOT_IN_SERVICE /
   * NO_MESSAGE_BOX.
   */
  @POST
  @Path("events")
  public Response events(String body) {
    try {
      JsonObject in = parse(body);
      JsonValue type = in.get("type");
      if (!(type instanceof JsonString t)
          || !(t.getString().equals("INCOMING_CALL") || t.getString().equals("MESSAGE_RECORDED"))) {
        throw new BadRequest("'type' must be INCOMING_CALL or MESSAGE_RECORDED");
      }
      String number = digits(in, "number", true);
      String caller = digits(in, "caller", false);
      Instant at = at(in);
      CallEvents.Result result;
      if (t.getString().equals("INCOMING_CALL")) {
        result = events.incomingCall(number, caller, at);
      } else {
        JsonValue seconds = in.get("seconds");
        if (!(seconds instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 0) {
          throw new BadRequest("'seconds' must be a whole number of seconds, 0 or more");
        }
        result = events.messageRecorded(number, caller, at, n.intValue(), audio(in));
      }
      return ok(JSON.createObjectBuilder().add("status", result.name()).build());
    } catch (BadRequest e) {
      return Problems.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  private static byte[] audio(JsonObject in) {
    JsonValue value = in.get("audio");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(((JsonString) value).getString());
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new BadRequest("'audio' must be a base64 WAV file");
    }
  }

  private static JsonObject incomingJson(IncomingDecision d) {
    JsonObjectBuilder out = JSON.createObjectBuilder().add("action", d.action().name());
    switch (d.action()) {
      case REJECT -> out.add("reason", d.reason().name());
      case FORWARD -> out.add("reason", d.reason().name()).add("destination", d.destination());
      case RING -> {
        JsonArrayBuilder targets = JSON.createArrayBuilder();
        d.targets().forEach(targets::add);
        out.add("targets", targets);
        if (d.ringSeconds() == null) {
          out.addNull("ringSeconds");
        } else {
          out.add("ringSeconds", d.ringSeconds());
        }
        nullable(out, "onBusy", d.onBusy());
        nullable(out, "onNoAnswer", d.onNoAnswer());
        nullable(out, "onUnreachable", d.onUnreachable());
      }
      default -> {}
    }
    return out.build();
  }

  private static void nullable(JsonObjectBuilder out, String name, String value) {
    if (value == null) {
      out.addNull(name);
    } else {
      out.add(name, value);
    }
  }

  private static Response ok(JsonObject body) {
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON).build();
  }

  private static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      throw new BadRequest("the request body must be a JSON object");
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new BadRequest("the request body must be a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw new BadRequest("the request body is not valid JSON");
    }
  }

  private static String digits(JsonObject in, String field, boolean required) {
    JsonValue value = in.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw new BadRequest("'" + field + "' is required");
      }
      return null;
    }
    if (!(value instanceof JsonString s) || !DIGITS.matcher(s.getString()).matches()) {
      throw new BadRequest("'" + field + "' must be a string of 1-20 digits");
    }
    return s.getString();
  }

  private static Presentation presentation(JsonObject in) {
    JsonValue value = in.get("presentation");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw new BadRequest(
          "'presentation' is required: NUMBER, ANONYMOUS, PUBLIC_PHONE or UNAVAILABLE");
    }
    try {
      return Presentation.valueOf(((JsonString) value).getString());
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new BadRequest("'presentation' must be NUMBER, ANONYMOUS, PUBLIC_PHONE or UNAVAILABLE");
    }
  }

  private static Instant at(JsonObject in) {
    JsonValue value = in.get("at");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Instant.now();
    }
    try {
      return Instant.parse(((JsonString) value).getString());
    } catch (ClassCastException | DateTimeParseException e) {
      throw new BadRequest("'at' must be an ISO-8601 instant, e.g. 2026-12-07T01:00:00Z");
    }
  }
}
