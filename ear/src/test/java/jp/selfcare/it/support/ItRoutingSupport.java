package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import javax.management.ObjectName;
import jp.selfcare.routing.IncomingCall;
import jp.selfcare.routing.IncomingDecision;
import jp.selfcare.routing.Presentation;
import jp.selfcare.routing.RoutingCache;
import jp.selfcare.routing.RoutingCacheControl;

/** Decisions from the live routing cache, in-process (the HTTP API is the routing issue's). */
@RequestScoped
@Path("routing")
@Produces(MediaType.TEXT_PLAIN)
public class ItRoutingSupport {

  @EJB private RoutingCache cache;

  /** "ACTION REASON destination" or "RING targets" for an incoming call. */
  @GET
  @Path("incoming")
  public String incoming(
      @QueryParam("called") String called,
      @QueryParam("caller") String caller,
      @QueryParam("presentation") Presentation presentation,
      @QueryParam("at") String at) {
    IncomingDecision d =
        cache
            .incoming(
                new IncomingCall(
                    called,
                    caller,
                    presentation == null ? Presentation.NUMBER : presentation,
                    at == null ? Instant.now() : Instant.parse(at)))
            .decision();
    return switch (d.action()) {
      case REJECT -> "REJECT " + d.reason();
      case FORWARD -> "FORWARD " + d.reason() + " " + d.destination();
      case RING -> "RING " + String.join(",", d.targets());
      case NOT_IN_SERVICE -> "NOT_IN_SERVICE";
    };
  }

  /** The cache's size. */
  @GET
  @Path("size")
  public String size() {
    return Integer.toString(cache.stats().numbers());
  }

  /**
   * Calls the cache's JMX reload the way a JMX client would, through the platform MBean server
   * (which the management port's JMX connector serves).
   */
  @GET
  @Path("jmx-reload")
  public String jmxReload() throws Exception {
    return (String)
        ManagementFactory.getPlatformMBeanServer()
            .invoke(new ObjectName(RoutingCacheControl.NAME), "reload", null, null);
  }

  /** An attribute of the cache's MBean. */
  @GET
  @Path("jmx")
  public String jmx(@QueryParam("attribute") String attribute) throws Exception {
    return String.valueOf(
        ManagementFactory.getPlatformMBeanServer()
            .getAttribute(new ObjectName(RoutingCacheControl.NAME), attribute));
  }
}
