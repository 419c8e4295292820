package jp.selfcare.web.routing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The machine-to-machine API under {@code /api}. */
@ApplicationPath("/api")
public class RoutingApplication extends Application {}
