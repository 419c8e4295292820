package jp.selfcare.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A value new with every start of the deployment: tests see that a server restart happened. */
@ApplicationScoped
@Path("boot")
@Produces(MediaType.TEXT_PLAIN)
public class ItBoot {

  private final String id = UUID.randomUUID().toString();

  @GET
  public String id() {
    return id;
  }
}
