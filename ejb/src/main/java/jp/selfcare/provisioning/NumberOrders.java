package jp.selfcare.provisioning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import jp.selfcare.billing.bills.Periods;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.AnyOf;
import jp.selfcare.persistence.SecretBox;
import jp.selfcare.persistence.TableStatistics;
import jp.selfcare.provisioning.ServiceOrder.BasicNumber;
import jp.selfcare.provisioning.ServiceOrder.DialIn;
import jp.selfcare.provisioning.ServiceOrder.DialInsOrder;
import jp.selfcare.provisioning.ServiceOrder.NumbersOrder;

/**
 * Adds telephone numbers — basic numbers with their dial-ins, or dial-ins under a basic number — in
 * the caller's transaction, in JDBC batches: one order may bring thousands of numbers, and the feed
 * is expected to load a customer's 100,000 in seconds. Every number is checked first (not twice in
 * the order, not in use), so an order is added whole or refused whole.
 */
@ApplicationScoped
class NumberOrders {

  private static final int BATCH = 1000;

  private static final String INSERT =
      "INSERT INTO ip_number (number, number_type, contract_id, basic_number_id, channel_count,"
          + " sip_id, sip_password, ao_message_box, ao_nuisance_blocking, ao_anonymous_rejection,"
          + " ao_specific_presentation, ao_bulk_forwarding, ao_specific_destination,"
          + " ao_members_net, presented_number, destination_number, customer_id, version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private OrganisationOrders organisation;

  @Inject private Clock clock;

  private final TableStatistics statistics = new TableStatistics("ip_number");

  /**
   * Adds the order's basic numbers and their dial-ins to its contract.
   *
   * @return the ids of the basic numbers added: the routing cache reloads each with its dial-ins
   */
  List<Long> numbers(NumbersOrder order) {
    Contract contract = organisation.requireContract(order.contractNumber());
    if (contract.service() != ServiceType.IP_VOICE
        && contract.service() != ServiceType.SMART_PBX
        && contract.service() != ServiceType.MOBILE_OFFICE) {
      throw new OrderRefused(Reason.NOT_A_NUMBER_CONTRACT, order.contractNumber());
    }
    List<String> all = new ArrayList<>();
    for (BasicNumber basic : order.numbers()) {
      all.add(basic.number());
      basic.dialIns().forEach(d -> all.add(d.number()));
    }
    try (Connection c = dataSource.getConnection()) {
      requireFree(c, all);
      SecretBox secrets = SecretBox.configured();
      Map<String, Long> basics;
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        Batch batch = new Batch(insert);
        for (BasicNumber basic : order.numbers()) {
          bind(
              insert,
              basic.number(),
              NumberType.BASIC,
              contract.id(),
              contract.customer().id(),
              null,
              basic.addOns());
          insert.setInt(5, basic.channels());
          insert.setString(6, basic.sipId());
          insert.setString(7, secrets.seal(basic.sipPassword()));
          batch.add();
        }
        batch.flush();
        basics = ids(c, order.numbers().stream().map(BasicNumber::number).toList());
        for (BasicNumber basic : order.numbers()) {
          for (DialIn dialIn : basic.dialIns()) {
            bindDialIn(
                insert,
                dialIn,
                contract.id(),
                contract.customer().id(),
                basics.get(basic.number()));
            batch.add();
          }
        }
        batch.flush();
      }
      Periods.numbersAdded(c, all, Periods.today(clock));
      statistics.added(c, all.size());
      return List.copyOf(basics.values());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add the numbers of order " + order.orderId(), e);
    }
  }

  /**
   * Adds dial-in numbers under an existing basic number.
   *
   * @return the basic number's id: the routing cache reloads it with its dial-ins
   */
  List<Long> dialIns(DialInsOrder order) {
    List<String> all = order.dialIns().stream().map(DialIn::number).toList();
    try (Connection c = dataSource.getConnection()) {
      long basicId;
      long contractId;
      long customerId;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, contract_id, number_type, customer_id FROM ip_number WHERE number = ?")) {
        s.setString(1, order.basicNumber());
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            throw new OrderRefused(Reason.UNKNOWN_NUMBER, order.basicNumber());
          }
          if (!NumberType.BASIC.name().equals(rs.getString(3))) {
            throw new OrderRefused(Reason.NOT_A_BASIC_NUMBER, order.basicNumber());
          }
          basicId = rs.getLong(1);
          contractId = rs.getLong(2);
          customerId = rs.getLong(4);
        }
      }
      requireFree(c, all);
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        Batch batch = new Batch(insert);
        for (DialIn dialIn : order.dialIns()) {
          bindDialIn(insert, dialIn, contractId, customerId, basicId);
          batch.add();
        }
        batch.flush();
      }
      Periods.numbersAdded(c, all, Periods.today(clock));
      statistics.added(c, all.size());
      return List.of(basicId);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add the dial-ins of order " + order.orderId(), e);
    }
  }

  /** Refuses numbers given twice, then numbers some contract has already (the lowest first). */
  private static void requireFree(Connection c, List<String> numbers) throws SQLException {
    Set<String> seen = new HashSet<>();
    TreeSet<String> twice = new TreeSet<>();
    numbers.stream().filter(n -> !seen.add(n)).forEach(twice::add);
    if (!twice.isEmpty()) {
      throw new OrderRefused(Reason.DUPLICATE_NUMBER, twice.first());
    }
    TreeSet<String> used = new TreeSet<>(ids(c, numbers).keySet());
    if (!used.isEmpty()) {
      throw new OrderRefused(Reason.NUMBER_IN_USE, used.first());
    }
  }

  /** The ids of those of the numbers that exist, by number. */
  private static Map<String, Long> ids(Connection c, List<String> numbers) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT number, id FROM ip_number WHERE " + AnyOf.textIn(c, "number"))) {
      AnyOf.texts(s, 1, numbers);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return ids;
  }

  private static void bindDialIn(
      PreparedStatement insert, DialIn dialIn, long contract, long customer, long basic)
      throws SQLException {
    bind(insert, dialIn.number(), NumberType.DIAL_IN, contract, customer, basic, dialIn.addOns());
    insert.setNull(5, Types.INTEGER);
    insert.setNull(6, Types.VARCHAR);
    insert.setNull(7, Types.VARCHAR);
  }

  private static void bind(
      PreparedStatement insert,
      String number,
      NumberType type,
      long contract,
      long customer,
      Long basic,
      AddOns addOns)
      throws SQLException {
    insert.setString(1, number);
    insert.setString(2, type.name());
    insert.setLong(3, contract);
    if (basic == null) {
      insert.setNull(4, Types.BIGINT);
    } else {
      insert.setLong(4, basic);
    }
    insert.setBoolean(8, addOns.messageBox());
    insert.setBoolean(9, addOns.nuisanceBlocking());
    insert.setBoolean(10, addOns.anonymousRejection());
    insert.setBoolean(11, addOns.specificPresentation());
    insert.setBoolean(12, addOns.bulkForwarding());
    insert.setBoolean(13, addOns.specificDestination());
    insert.setBoolean(14, addOns.membersNet());
    insert.setString(15, addOns.presentedNumber());
    insert.setString(16, addOns.destinationNumber());
    insert.setLong(17, customer);
  }

  /** Sends the statement's rows to the database a thousand at a time. */
  private static final class Batch {
    private final PreparedStatement statement;
    private int pending;

    Batch(PreparedStatement statement) {
      this.statement = statement;
    }

    void add() throws SQLException {
      statement.addBatch();
      if (++pending == BATCH) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }
  }
}
