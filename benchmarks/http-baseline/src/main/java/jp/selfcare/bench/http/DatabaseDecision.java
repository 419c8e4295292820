package jp.selfcare.bench.http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The per-call-database decision both baselines use (the HTTP endpoint and the in-process JMH
 * benchmark): the incoming decision's first steps read from the application's schema on every call
 * — the number, its nuisance list, its anonymous-rejection switch, its forwarding setting: up to
 * four indexed queries — as a design without the routing cache would. It decides only RING, REJECT
 * and unconditional FORWARD: enough work to show what reading the database per call costs, not a
 * second implementation of the rules. Answers JSON (digits only, so no escaping is needed).
 */
public final class DatabaseDecision {

  private DatabaseDecision() {}

  public static String decide(Connection c, String called, String caller, boolean anonymous)
      throws SQLException {
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
            "SELECT forward, unconditional, list5 FROM forwarding_setting WHERE ip_number_id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (r.next() && r.getBoolean(1) && r.getBoolean(2)) {
          return "{\"action\":\"FORWARD\",\"reason\":\"UNCONDITIONAL\",\"destination\":\""
              + r.getString(3)
              + "\"}";
        }
        return "{\"action\":\"RING\",\"targets\":[\"" + called + "\"]}";
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
