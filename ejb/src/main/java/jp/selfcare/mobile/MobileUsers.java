package jp.selfcare.mobile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.change.ChangeOutcome;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.Customer;
import jp.selfcare.persistence.Pages;

/**
 * 利用者の新規登録・削除・照会 (spec 30-settings-site.md §13) for the Business Mobile login's own contract:
 * register up to 15 users at once, change names and the international restriction, delete after the
 * 30-day minimum period, and search by number (exact) or name (exact / prefix / partial), current
 * or deleted. Each 登録 applies all of its rows or none, under a lock on the contract so that two
 * sessions cannot register the same number twice, and writes a settings-history entry.
 */
@Stateless
public class MobileUsers {

  /** Rows per registration page and per result page. */
  public static final int PAGE = 15;

  private static final SettingsFunction FUNCTION = SettingsFunction.BUSINESS_MOBILE_USERS;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private SettingsScope scope;

  /** 利用者名 search mode. */
  public enum NameMatch {
    EXACT,
    PREFIX,
    PARTIAL
  }

  /** 絞込み. */
  public enum Filter {
    ALL,
    CURRENT,
    DELETED
  }

  /** The search conditions (blank: any). */
  public record Query(String number, String name, NameMatch match, Filter filter)
      implements Serializable {}

  /** A user as listed. */
  public record Row(
      long id,
      String name,
      String number,
      boolean internationalRestricted,
      LocalDate registeredOn,
      LocalDate deletedOn,
      boolean deletable)
      implements Serializable {}

  /** A registration row as typed. */
  public record NewUser(String name, String number, boolean internationalRestricted)
      implements Serializable {}

  /** A change of a listed user: the name (overwritten), the restriction, 削除. */
  public record Change(long id, String name, boolean internationalRestricted, boolean delete)
      implements Serializable {}

  /** Why a row (0-based, in the order given) is refused. */
  public record Problem(int row, Kind kind) implements Serializable {}

  /** The rules of §13. */
  public enum Kind {
    NAME_REQUIRED,
    NAME_TOO_LONG,
    NUMBER_NOT_MOBILE,
    NUMBER_TWICE,
    NUMBER_IN_USE,
    TOO_MANY_ROWS,
    MINIMUM_PERIOD,
    ALREADY_DELETED
  }

  /** The outcome of 登録: the problems, or how many rows were applied. */
  public record Outcome(List<Problem> problems, int applied) implements ChangeOutcome {}

  public List<Row> page(Query query, int first, int size) {
    Pages.require(first, size, 100);
    SettingsSignIn me = scope.require(FUNCTION);
    LocalDate today = today(me);
    return bind(
            em.createQuery(
                "select u" + where(query) + " order by u.number, u.registeredOn", MobileUser.class),
            query,
            me)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(u -> row(u, today))
        .toList();
  }

  public long count(Query query) {
    SettingsSignIn me = scope.require(FUNCTION);
    return bind(em.createQuery("select count(u)" + where(query), Long.class), query, me)
        .getSingleResult();
  }

  /** 登録 of new users (one page, up to 15 rows; blank rows are skipped by the page). */
  public Outcome register(List<NewUser> rows) {
    SettingsSignIn me = scope.require(FUNCTION);
    Contract contract = lockedContract(me);
    List<Problem> problems = new ArrayList<>();
    if (rows.size() > PAGE) {
      problems.add(new Problem(-1, Kind.TOO_MANY_ROWS));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      NewUser row = rows.get(i);
      for (MobileUserRules.Problem p : MobileUserRules.check(row.name(), row.number())) {
        problems.add(new Problem(i, Kind.valueOf(p.name())));
      }
      String number = row.number() == null ? "" : row.number().strip();
      if (!seen.add(number)) {
        problems.add(new Problem(i, Kind.NUMBER_TWICE));
      } else if (inUse(number)) {
        problems.add(new Problem(i, Kind.NUMBER_IN_USE));
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome(problems, 0);
    }
    LocalDate today = today(me);
    for (NewUser row : rows) {
      em.persist(
          new MobileUser(
              contract.id(),
              row.name().strip(),
              row.number().strip(),
              row.internationalRestricted(),
              today));
    }
    record(
        me,
        contract,
        "",
        rows.stream()
            .map(r -> "+" + r.number().strip() + (r.internationalRestricted() ? ":R" : ""))
            .collect(Collectors.joining(",")));
    return new Outcome(List.of(), rows.size());
  }

  /** 登録 on the result page: names, restrictions and deletions of listed current users. */
  public Outcome change(List<Change> changes) {
    SettingsSignIn me = scope.require(FUNCTION);
    Contract contract = lockedContract(me);
    LocalDate today = today(me);
    List<Problem> problems = new ArrayList<>();
    List<MobileUser> users = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      MobileUser user = em.find(MobileUser.class, c.id());
      if (user == null || user.contractId() != contract.id()) {
        throw new NotAllowedException("mobile user " + c.id() + " is not of this contract");
      }
      users.add(user);
      if (!user.current()) {
        problems.add(new Problem(i, Kind.ALREADY_DELETED));
        continue;
      }
      for (MobileUserRules.Problem p : MobileUserRules.check(c.name(), user.number())) {
        problems.add(new Problem(i, Kind.valueOf(p.name())));
      }
      if (c.delete() && !user.deletableOn(today)) {
        problems.add(new Problem(i, Kind.MINIMUM_PERIOD));
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome(problems, 0);
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      MobileUser user = users.get(i);
      before.add(user.number() + (user.internationalRestricted() ? ":R" : ""));
      user.rename(c.name().strip());
      user.restrictInternational(c.internationalRestricted());
      if (c.delete()) {
        user.delete(today);
        after.add("-" + user.number());
      } else {
        after.add(user.number() + (user.internationalRestricted() ? ":R" : ""));
      }
    }
    record(me, contract, String.join(",", before), String.join(",", after));
    return new Outcome(List.of(), changes.size());
  }

  private void record(SettingsSignIn me, Contract contract, String old, String now) {
    Operation entry =
        new Operation(
            OperationType.MOBILE_USERS,
            me.customerId(),
            contract.number().value(),
            me.loginId(),
            clock.instant());
    entry.recordChange(old, now);
    em.persist(entry);
  }

  private boolean inUse(String number) {
    return em.createQuery(
                "select count(u) from MobileUser u where u.number = :n and u.deletedOn is null",
                Long.class)
            .setParameter("n", number)
            .getSingleResult()
        > 0;
  }

  private Contract lockedContract(SettingsSignIn me) {
    if (me.contractId() == null) {
      throw new NotAllowedException(me.loginId() + " has no Business Mobile contract");
    }
    return em.find(Contract.class, me.contractId(), LockModeType.PESSIMISTIC_WRITE);
  }

  private static String where(Query q) {
    StringBuilder where = new StringBuilder(" from MobileUser u where u.contractId = :contract");
    if (!blank(q.number())) {
      where.append(" and u.number = :number");
    }
    if (!blank(q.name())) {
      where.append(q.match() == NameMatch.EXACT ? " and u.name = :name" : " and u.name like :name");
    }
    if (q.filter() == Filter.CURRENT) {
      where.append(" and u.deletedOn is null");
    } else if (q.filter() == Filter.DELETED) {
      where.append(" and u.deletedOn is not null");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, Query query, SettingsSignIn me) {
    if (me.contractId() == null) {
      throw new NotAllowedException(me.loginId() + " has no Business Mobile contract");
    }
    q.setParameter("contract", me.contractId());
    if (!blank(query.number())) {
      q.setParameter("number", query.number().strip());
    }
    if (!blank(query.name())) {
      String name =
          query.name().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      q.setParameter(
          "name",
          switch (query.match() == null ? NameMatch.PARTIAL : query.match()) {
            case EXACT -> query.name().strip();
            case PREFIX -> name + "%";
            case PARTIAL -> "%" + name + "%";
          });
    }
    return q;
  }

  private LocalDate today(SettingsSignIn me) {
    ZoneId zone = em.find(Customer.class, me.customerId()).timeZone();
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  private static Row row(MobileUser u, LocalDate today) {
    return new Row(
        u.id(),
        u.name(),
        u.number(),
        u.internationalRestricted(),
        u.registeredOn(),
        u.deletedOn(),
        u.current() && u.deletableOn(today));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
