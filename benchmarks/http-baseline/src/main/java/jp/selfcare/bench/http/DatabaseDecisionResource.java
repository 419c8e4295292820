package jp.selfcare.bench.http;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The per-call-database endpoint: parses the call like the product's resource, then {@link
 * DatabaseDecision} on a pooled connection of the application's datasource.
 */
@ApplicationScoped
@Path("db/incoming")
public class DatabaseDecisionResource {

  /** One provider for every call, as in the product's resource. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource database;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String decide(String body) throws SQLException {
    JsonObject call = JSON.createReader(new StringReader(body)).readObject();
    try (Connection c = database.getConnection()) {
      return DatabaseDecision.decide(
          c,
          call.getString("called"),
          call.getString("caller", ""),
          "ANONYMOUS".equals(call.getString("presentation", "NUMBER")));
    }
  }
}
