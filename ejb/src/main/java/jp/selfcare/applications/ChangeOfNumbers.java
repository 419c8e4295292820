package jp.selfcare.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.addon.AddOnChanges;
import jp.selfcare.addon.AddOnPatch;
import jp.selfcare.addon.AddOnsRefused;
import jp.selfcare.addon.GroupTies;
import jp.selfcare.applications.ApplicationRefused.Problem;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.provisioning.NumberLines;
import jp.selfcare.provisioning.OrderRefused;
import jp.selfcare.provisioning.Reason;

/**
 * Checks and applies a {@link Change} of a contract's numbers through the places every change of
 * add-ons and numbers goes through ({@link AddOnChanges}, {@link NumberLines}), in the caller's
 * transaction.
 */
@ApplicationScoped
class ChangeOfNumbers {

  @PersistenceContext private EntityManager em;

  @Inject private AddOnChanges addOns;

  @Inject private NumberLines lines;

  /** Every problem of the change on the contract as it stands. */
  Set<Problem> check(long contractId, Change change, boolean immediate) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    switch (change.action()) {
      case ADD_ADD_ON, REMOVE_ADD_ON -> {
        Optional<IpNumber> number = number(contractId, change.number());
        if (number.isEmpty()) {
          problems.add(Problem.UNKNOWN_NUMBER);
          if (change.addOn() == null) {
            problems.add(Problem.CHANGE_INCOMPLETE);
          }
        } else {
          problems.addAll(ApplicationRules.addOnChange(change, number.get().addOns(), immediate));
        }
      }
      case ADD_DIAL_IN -> {
        Optional<IpNumber> basic = number(contractId, change.number());
        boolean membersNet = basic.map(b -> b.addOns().membersNet()).orElse(false);
        if (basic.isEmpty()) {
          problems.add(Problem.UNKNOWN_NUMBER);
        } else if (basic.get().type() != NumberType.BASIC) {
          problems.add(Problem.NOT_A_BASIC_NUMBER);
        }
        problems.addAll(ApplicationRules.dialInChange(change, membersNet, immediate));
        if (change.dialIn() != null && taken(change.dialIn())) {
          problems.add(Problem.NUMBER_IN_USE);
        }
      }
      case REMOVE_DIAL_IN -> {
        Optional<IpNumber> dialIn = number(contractId, change.dialIn());
        boolean membersNet =
            dialIn
                .map(
                    d ->
                        d.addOns().membersNet()
                            || d.basicNumber().map(b -> b.addOns().membersNet()).orElse(false))
                .orElse(false);
        if (dialIn.isEmpty()) {
          problems.add(Problem.UNKNOWN_NUMBER);
        } else if (dialIn.get().type() != NumberType.DIAL_IN) {
          problems.add(Problem.NOT_A_DIAL_IN);
        }
        problems.addAll(ApplicationRules.dialInChange(change, membersNet, immediate));
      }
      default -> throw new IllegalStateException("no such action " + change.action());
    }
    return problems;
  }

  /**
   * Applies a checked change.
   *
   * @throws ApplicationRefused when the number's groups or the number feed refuse it
   */
  void apply(long contractId, Change change) {
    try {
      switch (change.action()) {
        case ADD_ADD_ON, REMOVE_ADD_ON -> {
          IpNumber number = number(contractId, change.number()).orElseThrow();
          boolean on = change.action() == Change.Action.ADD_ADD_ON;
          AddOnPatch patch =
              new AddOnPatch(
                  Map.of(change.addOn(), on),
                  on && change.addOn() == AddOn.SPECIFIC_NUMBER_PRESENTATION
                      ? change.serviceNumber()
                      : null,
                  on && change.addOn() == AddOn.SPECIFIC_DESTINATION
                      ? change.serviceNumber()
                      : null);
          addOns.change(number.id(), patch.applyTo(number.addOns()));
        }
        case ADD_DIAL_IN -> lines.addDialIn(change.number(), change.dialIn());
        case REMOVE_DIAL_IN -> lines.end(change.dialIn());
        default -> throw new IllegalStateException("no such action " + change.action());
      }
    } catch (AddOnsRefused e) {
      Set<Problem> problems = EnumSet.noneOf(Problem.class);
      for (GroupTies.Problem tie : e.problems()) {
        problems.add(
            switch (tie.tie()) {
              case BULK_GROUP_ACTIVE -> Problem.BULK_GROUP_ACTIVE;
              case LAST_BULK_MEMBERS -> Problem.LAST_BULK_MEMBERS;
              case IN_HUNT_GROUP -> Problem.IN_HUNT_GROUP;
            });
      }
      throw new ApplicationRefused(problems);
    } catch (OrderRefused e) {
      throw new ApplicationRefused(EnumSet.of(problemOf(e.reason())));
    }
  }

  private static Problem problemOf(Reason reason) {
    return switch (reason) {
      case NUMBER_IN_USE, DUPLICATE_NUMBER -> Problem.NUMBER_IN_USE;
      case NOT_A_BASIC_NUMBER -> Problem.NOT_A_BASIC_NUMBER;
      case IN_HUNT_GROUP -> Problem.IN_HUNT_GROUP;
      case BULK_GROUP_ACTIVE -> Problem.BULK_GROUP_ACTIVE;
      case LAST_BULK_MEMBERS -> Problem.LAST_BULK_MEMBERS;
      default -> Problem.UNKNOWN_NUMBER;
    };
  }

  private Optional<IpNumber> number(long contractId, String digits) {
    if (digits == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select n from IpNumber n where n.number.digits = :d and n.contract.id = :c",
            IpNumber.class)
        .setParameter("d", digits)
        .setParameter("c", contractId)
        .getResultStream()
        .findFirst();
  }

  private boolean taken(String digits) {
    return !em.createQuery("select n.id from IpNumber n where n.number.digits = :d", Long.class)
        .setParameter("d", digits)
        .getResultList()
        .isEmpty();
  }
}
