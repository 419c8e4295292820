package jp.selfcare.bench.http;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The per-call database baseline: the incoming decision's first steps read from the application's
 * database on every call (the number, its nuisance list, its anonymous-rejection switch, its
 * forwarding setting — four indexed queries on one pooled connection), as a design without the
 * routing cache would. It decides only RING, REJECT and unconditional FORWARD: enough work to show
 * what reading the database per call costs, not a second implementation of the rules.
 */
@ApplicationScoped
@Path("db/incoming")
public class DatabaseDecisionResource {

  /**
   * One provider for every call: {@code Json.create…} looks the provider up (ServiceLoader) each
   * time.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource database;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String decide(String body) throws SQLException {
    JsonObject call = JSON.createReader(new StringReader(body)).readObject();
    String called = call.getString("called");
    String caller = call.getString("caller", "");
    boolean anonymous = "ANONYMOUS".equals(call.getString("presentation", "NUMBER"));
    try (Connection c = database.getConnection()) {
      long id;
      boolean nuisanceContract;
      boolean anonymousContract;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT n.id, n.ao_nuisance_blocking, n.ao_anonymous_rejection, cu.time_zone"
                  + " FROM ip_number n JOIN contract ct ON ct.id = n.contract_id"
                  + " JOIN customer cu ON cu.id = ct.customer_id WHERE n.number = ?")) {
        s.setString(1, called);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return "{\"action\":\"NOT_IN_SERVICE\"}";
          }
          id = r.getLong(1);
          nuisanceContract = r.getBoolean(2);
          anonymousContract = r.getBoolean(3);
        }
      }
      if (nuisanceContract
          && exists(
              c,
              "SELECT 1 FROM nuisance_entry WHERE ip_number_id = ? AND blocked_number = ?",
              id,
              caller)) {
        return "{\"action\":\"REJECT\",\"reason\":\"NUISANCE\"}";
      }
      if (anonymousContract
          && anonymous
          && exists(
              c,
              "SELECT 1 FROM number_feature WHERE ip_number_id = ? AND feature = ? AND enabled",
              id,
              "ANONYMOUS_REJECTION")) {
        return "{\"action\":\"REJECT\",\"reason\":\"ANONYMOUS\"}";
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT forward, unconditional, list5 FROM forwarding_setting"
                  + " WHERE ip_number_id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          JsonObjectBuilder answer = JSON.createObjectBuilder();
          if (r.next() && r.getBoolean(1) && r.getBoolean(2)) {
            return answer
                .add("action", "FORWARD")
                .add("reason", "UNCONDITIONAL")
                .add("destination", r.getString(3))
                .build()
                .toString();
          }
          return answer
              .add("action", "RING")
              .add("targets", JSON.createArrayBuilder().add(called))
              .build()
              .toString();
        }
      }
    }
  }

  private static boolean exists(Connection c, String sql, long id, String value)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.setString(2, value);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }
}
