package jp.selfcare.billing.bills;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.selfcare.billing.tariff.Rating;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.persistence.AnyOf;

/**
 * When numbers were customers' and when they held their add-ons (tables {@code number_period} and
 * {@code add_on_period}): the days a month's basic charges and add-on fees are prorated by. Kept in
 * the caller's transaction by the code that adds numbers, ends them and changes their add-ons, so
 * that the days follow every change; a number's rows outlive it, so a month in which it ended is
 * billed for the days it had.
 */
public final class Periods {

  private Periods() {}

  /** Today in the billing calendar (Japan). */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(Rating.ZONE));
  }

  /** Numbers just added (by their digits) are held from {@code day}, with the add-ons they hold. */
  public static void numbersAdded(Connection c, Collection<String> numbers, LocalDate day)
      throws SQLException {
    if (numbers.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO number_period (ip_number_id, number, customer_id, contract_id,"
                + " contract_number, first_day) SELECT n.id, n.number, n.customer_id, c.id,"
                + " c.contract_number, ? FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                + " WHERE "
                + AnyOf.textIn(c, "n.number"))) {
      s.setDate(1, Date.valueOf(day));
      AnyOf.texts(s, 2, numbers);
      s.executeUpdate();
    }
    for (AddOn addOn : AddOn.values()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO add_on_period (ip_number_id, add_on, first_day) SELECT id, ?, ?"
                  + " FROM ip_number WHERE "
                  + column(addOn)
                  + " AND "
                  + AnyOf.textIn(c, "number"))) {
        s.setString(1, addOn.name());
        s.setDate(2, Date.valueOf(day));
        AnyOf.texts(s, 3, numbers);
        s.executeUpdate();
      }
    }
  }

  /**
   * Numbers about to end: their periods and their add-ons' end on {@code day}, keeping the basic
   * charge of their plan (their contract may go with them).
   */
  public static void numbersEnding(EntityManager em, List<Long> ipNumberIds, LocalDate day) {
    if (ipNumberIds.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "UPDATE number_period SET last_day = ?1, basic_charge = (SELECT p.basic_charge"
                + " FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                + " JOIN site s ON s.id = c.site_id JOIN service_plan p ON p.id = s.plan_id"
                + " WHERE n.id = number_period.ip_number_id)"
                + " WHERE ip_number_id IN (?2) AND last_day IS NULL")
        .setParameter(1, day)
        .setParameter(2, ipNumberIds)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE add_on_period SET last_day = ?1 WHERE ip_number_id IN (?2) AND last_day IS NULL")
        .setParameter(1, day)
        .setParameter(2, ipNumberIds)
        .executeUpdate();
  }

  /** A number's add-ons changed on {@code day}: the ones it gained begin, the ones it lost end. */
  public static void addOnsChanged(
      EntityManager em, long ipNumberId, AddOns before, AddOns after, LocalDate day) {
    for (AddOn addOn : AddOn.values()) {
      if (!before.has(addOn) && after.has(addOn)) {
        em.createNativeQuery(
                "INSERT INTO add_on_period (ip_number_id, add_on, first_day) VALUES (?1, ?2, ?3)")
            .setParameter(1, ipNumberId)
            .setParameter(2, addOn.name())
            .setParameter(3, day)
            .executeUpdate();
      } else if (before.has(addOn) && !after.has(addOn)) {
        em.createNativeQuery(
                "UPDATE add_on_period SET last_day = ?1 WHERE ip_number_id = ?2 AND add_on = ?3"
                    + " AND last_day IS NULL")
            .setParameter(1, day)
            .setParameter(2, ipNumberId)
            .setParameter(3, addOn.name())
            .executeUpdate();
      }
    }
  }

  private static String column(AddOn addOn) {
    return switch (addOn) {
      case MESSAGE_BOX -> "ao_message_box";
      case NUISANCE_BLOCKING -> "ao_nuisance_blocking";
      case ANONYMOUS_REJECTION -> "ao_anonymous_rejection";
      case SPECIFIC_NUMBER_PRESENTATION -> "ao_specific_presentation";
      case BULK_FORWARDING -> "ao_bulk_forwarding";
      case SPECIFIC_DESTINATION -> "ao_specific_destination";
      case MEMBERS_NET -> "ao_members_net";
    };
  }
}
