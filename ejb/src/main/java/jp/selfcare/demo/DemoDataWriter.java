package jp.selfcare.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import jp.selfcare.events.NumbersChanged;
import jp.selfcare.forwarding.ForwardingRows;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.HuntGroup;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.PortalUser;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.identity.settings.SettingsAccount;
import jp.selfcare.identity.settings.SettingsAccount.Kind;
import jp.selfcare.messagebox.RecordedMessage;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.TelephoneNumber;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.Customer;
import jp.selfcare.organisation.CustomerNumber;
import jp.selfcare.organisation.SiteId;

/**
 * Writes what the service-order feed does not bring — the settings customers make themselves (hunt
 * groups, リスト5, blocked numbers, recorded messages) and the demo logins with their password — one
 * transaction per call, after the demo orders were imported.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

  /** The demo's bulk forwarding destination (リスト5). */
  static final String LIST_FIVE = "0355550000";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Event<NumbersChanged> changes;

  /** True when an import of the order file of that name finished with every order applied. */
  public boolean importDone(String fileName) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM order_import WHERE file_name = ?1 AND state = 'DONE'")
                    .setParameter(1, fileName)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /**
   * The demo portal logins, each added when missing (so a data folder from an older version gains
   * them too).
   */
  public void portalUsers() {
    portalUser(
        DemoCatalog.SAMPLE_CUSTOMER, DemoLogins.SAMPLE_ADMIN, "佐藤 管理者", PortalRole.ADMINISTRATOR);
    portalUser(DemoCatalog.SAMPLE_CUSTOMER, DemoLogins.SAMPLE_USER, "鈴木 一般", PortalRole.GENERAL);
    portalUser(
        DemoCatalog.OTHER_CUSTOMER, DemoLogins.OTHER_ADMIN, "高橋 管理者", PortalRole.ADMINISTRATOR);
  }

  /**
   * The benchmark-only portal users bench-001@sample-shoji.example …: administrators with the demo
   * password, the terms agreed to, and TOTP with a known secret ({@link
   * DemoLogins#benchTotpSecret}) so that a load tool can pass the second step. Never created unless
   * asked for.
   */
  public void benchUsers(int count, String termsVersion) {
    for (int i = 1; i <= count; i++) {
      String login = DemoLogins.benchLogin(i);
      portalUser(DemoCatalog.SAMPLE_CUSTOMER, login, "ベンチ " + i, PortalRole.ADMINISTRATOR);
      PortalUser user =
          em.createQuery("select u from PortalUser u where u.loginId = :l", PortalUser.class)
              .setParameter("l", login)
              .getSingleResult();
      if (!user.agreedTo(termsVersion)) {
        user.agree(termsVersion, Instant.parse("2026-01-01T00:00:00Z"));
        user.enrolTotp(DemoLogins.benchTotpSecret(i));
      }
    }
  }

  /** A portal user who can log in at once with the demo password (mail one-time password). */
  private void portalUser(String customerNumber, String loginId, String name, PortalRole role) {
    boolean exists =
        !em.createQuery("select u.id from PortalUser u where u.loginId = :l", Long.class)
            .setParameter("l", loginId)
            .getResultList()
            .isEmpty();
    if (exists) {
      return;
    }
    Customer customer =
        em.createQuery("select c from Customer c where c.number = :n", Customer.class)
            .setParameter("n", new CustomerNumber(customerNumber))
            .getSingleResult();
    PortalUser user =
        new PortalUser(
            customer.id(),
            loginId,
            name,
            "0312345678",
            role,
            SecondStep.MAIL_OTP,
            Locale.JAPANESE,
            tokyo(),
            Instant.parse("2026-01-01T00:00:00Z"));
    user.changePassword(PasswordHasher.DEFAULT.hash(DemoLogins.PASSWORD));
    persist(user);
  }

  /**
   * The demo Web Billing members of 株式会社サンプル商事, each added when missing, registered already (the
   * feed would leave them waiting for the mailed link): one with its password alone, one with
   * 秘密の質問による認証.
   */
  public void billingMembers() {
    billingMember(
        DemoLogins.BILLING_MEMBER,
        "佐藤 経理",
        "keiri@sample-shoji.example",
        null,
        null,
        List.of("0350000000", "0350000001"));
    billingMember(
        DemoLogins.BILLING_MEMBER_WITH_QUESTION,
        "山田 会計",
        "kaikei@sample-shoji.example",
        DemoLogins.BILLING_ANSWER_QUESTION,
        DemoLogins.BILLING_ANSWER,
        List.of("0350000000"));
  }

  private void billingMember(
      String loginId,
      String name,
      String mail,
      String question,
      String answer,
      List<String> lines) {
    boolean exists =
        !em.createNativeQuery("SELECT id FROM billing_member WHERE login_id = ?1")
            .setParameter(1, loginId)
            .getResultList()
            .isEmpty();
    if (exists) {
      return;
    }
    Customer customer =
        em.createQuery("select c from Customer c where c.number = :n", Customer.class)
            .setParameter("n", new CustomerNumber(DemoCatalog.SAMPLE_CUSTOMER))
            .getSingleResult();
    Instant since = Instant.parse("2026-01-01T00:00:00Z");
    String hash = PasswordHasher.DEFAULT.hash(DemoLogins.PASSWORD);
    em.createNativeQuery(
            "INSERT INTO billing_member (customer_id, login_id, name, holder_name, contact_phone,"
                + " contact_mail, password_hash, secret_question, secret_answer_hash, secret_auth,"
                + " d_account_linked, state, registered_at, bill_mail)"
                + " VALUES (?1, ?2, ?3, ?4, '0312345678', ?5, ?6, ?7, ?8, ?9, TRUE, 'ACTIVE', ?10,"
                + " ?11)")
        .setParameter(1, customer.id())
        .setParameter(2, loginId)
        .setParameter(3, name)
        .setParameter(4, customer.contractorName())
        .setParameter(5, mail)
        .setParameter(6, hash)
        .setParameter(7, question == null ? "MOTHERS_MAIDEN_NAME" : question)
        .setParameter(8, PasswordHasher.DEFAULT.hash(answer == null ? "サンプル" : answer))
        .setParameter(9, question != null)
        .setParameter(10, since)
        // the member without the question has ご請求額お知らせメール on, to show it
        .setParameter(11, question == null)
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery("SELECT id FROM billing_member WHERE login_id = ?1")
                    .setParameter(1, loginId)
                    .getSingleResult())
            .longValue();
    for (String[] credential : new String[][] {{"LOGIN_ID", loginId}, {"PASSWORD", hash}}) {
      em.createNativeQuery(
              "INSERT INTO billing_member_history (member_id, kind, credential, changed_at)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, id)
          .setParameter(2, credential[0])
          .setParameter(3, credential[1])
          .setParameter(4, since)
          .executeUpdate();
    }
    for (String number : lines) {
      em.createNativeQuery(
              "INSERT INTO billing_member_line (member_id, number, added_at, customer_id)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, id)
          .setParameter(2, number)
          .setParameter(3, since)
          .setParameter(4, customer.id())
          .executeUpdate();
    }
  }

  /**
   * The demo Web Settings Site accounts of 株式会社サンプル商事, each added when missing: a site
   * administrator of 1000001, a number user of that site's first number, the Business Mobile login.
   */
  public void settingsAccounts() {
    Object[] site =
        em.createQuery(
                "select s.id, p.voiceGroup.id, p.voiceGroup.customer.id from Site s join s.plan p"
                    + " where s.siteId = :s",
                Object[].class)
            .setParameter("s", new SiteId("1000001"))
            .getSingleResult();
    long siteId = (Long) site[0];
    long voiceGroupId = (Long) site[1];
    long customerId = (Long) site[2];
    settingsAccount(
        customerId,
        DemoLogins.SITE_ADMIN,
        Kind.SITE_ADMIN,
        new SettingsAccount.Scope(voiceGroupId, siteId, null, null),
        true);
    Long number =
        em.createQuery(
                "select n.id from IpNumber n where n.contract.site.id = :s order by n.number.digits",
                Long.class)
            .setParameter("s", siteId)
            .setMaxResults(1)
            .getSingleResult();
    settingsAccount(
        customerId,
        DemoLogins.NUMBER_USER,
        Kind.NUMBER_USER,
        new SettingsAccount.Scope(voiceGroupId, siteId, number, null),
        false);
    Long boxNumber =
        em.createQuery("select n.id from IpNumber n where n.number = :n", Long.class)
            .setParameter("n", new TelephoneNumber("0350000001"))
            .getSingleResult();
    settingsAccount(
        customerId,
        DemoLogins.MESSAGE_BOX_USER,
        Kind.NUMBER_USER,
        new SettingsAccount.Scope(voiceGroupId, siteId, boxNumber, null),
        false);
    Long mobile =
        em.createQuery("select c.id from Contract c where c.number = :n", Long.class)
            .setParameter("n", new ContractNumber("N200000007"))
            .getSingleResult();
    settingsAccount(
        customerId,
        DemoLogins.BUSINESS_MOBILE,
        Kind.BUSINESS_MOBILE,
        new SettingsAccount.Scope(null, null, null, mobile),
        true);
  }

  private void settingsAccount(
      long customerId, String loginId, Kind kind, SettingsAccount.Scope scope, boolean twoStep) {
    boolean exists =
        !em.createQuery("select a.id from SettingsAccount a where a.loginId = :l", Long.class)
            .setParameter("l", loginId)
            .getResultList()
            .isEmpty();
    if (!exists) {
      persist(
          new SettingsAccount(
              customerId,
              loginId,
              kind,
              scope,
              PasswordHasher.DEFAULT.hash(DemoLogins.PASSWORD),
              twoStep,
              Instant.parse("2026-01-01T00:00:00Z"),
              "demo"));
    }
  }

  /** The hunt groups of the contracts (parent first, then members, by number index). */
  public void huntGroups(List<DemoContract> contracts) {
    List<Long> changed = new ArrayList<>();
    for (DemoContract spec : contracts) {
      for (List<Integer> group : spec.huntGroups()) {
        List<IpNumber> numbers = new ArrayList<>();
        for (int index : group) {
          numbers.add(
              em.createQuery("select n from IpNumber n where n.number = :n", IpNumber.class)
                  .setParameter("n", new TelephoneNumber(spec.number(index)))
                  .getSingleResult());
        }
        boolean sequential = group.size() % 2 == 0;
        persist(
            new HuntGroup(
                numbers.get(0),
                sequential ? CallMethod.SEQUENTIAL : CallMethod.ROUND_ROBIN,
                sequential ? NumberPresentation.PARENT : NumberPresentation.OWN,
                numbers.subList(1, numbers.size())));
        numbers.forEach(n -> changed.add(n.id()));
      }
    }
    changes.fire(new NumbersChanged(changed, "demo", NumbersChanged.Part.ALL, false));
  }

  /**
   * Every number with the bulk forwarding contract and no forwarding setting gets a リスト5 (the
   * destination bulk forwarding uses; a user cannot remove it while the contract lasts, so the demo
   * starts from a state a user can return to).
   */
  public void listFive() {
    @SuppressWarnings("unchecked")
    List<Long> ids =
        ((List<Number>)
                em.createNativeQuery(
                        "SELECT n.id FROM ip_number n WHERE n.ao_bulk_forwarding AND NOT EXISTS"
                            + " (SELECT 1 FROM forwarding_setting f WHERE f.ip_number_id = n.id)"
                            + " ORDER BY n.id")
                    .getResultList())
            .stream().map(Number::longValue).toList();
    ForwardingSetting listFive =
        new ForwardingSetting(
            false, false, false, false, false, null, List.of("", "", "", "", LIST_FIVE), null);
    Map<Long, ForwardingSetting> settings = new HashMap<>();
    ids.forEach(id -> settings.put(id, listFive));
    try (Connection c = dataSource.getConnection()) {
      ForwardingRows.replace(c, settings, ForwardingRows.lockAndRead(c, ids));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot give the demo numbers their リスト5", e);
    }
    changes.fire(new NumbersChanged(ids, "demo", NumbersChanged.Part.FORWARDING, false));
  }

  /**
   * The demo customers have had their numbers and add-ons for years, not since the demo was loaded:
   * their periods begin on 2020-04-01, so any recent month bills them whole.
   */
  public void heldSinceLongAgo() {
    em.createNativeQuery(
            "UPDATE add_on_period SET first_day = DATE '2020-04-01' WHERE last_day IS NULL"
                + " AND ip_number_id IN (SELECT ip_number_id FROM number_period"
                + " WHERE first_day > DATE '2020-04-01' AND last_day IS NULL)")
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE number_period SET first_day = DATE '2020-04-01'"
                + " WHERE first_day > DATE '2020-04-01' AND last_day IS NULL")
        .executeUpdate();
  }

  /**
   * A few blocked numbers and rejection counts of this and last month on 東京本社's first numbers with
   * the nuisance blocking contract, so that §7's screen has something to show.
   */
  public void nuisanceSamples() {
    List<Long> numbers =
        em.createQuery(
                "select n.id from IpNumber n where n.addOns.nuisanceBlocking = true"
                    + " and n.contract.site.siteId = :s order by n.number.digits",
                Long.class)
            .setParameter("s", new SiteId("1000001"))
            .setMaxResults(2)
            .getResultList();
    Instant registered = Instant.parse("2026-10-01T00:30:00Z");
    LocalDate month = LocalDate.now(tokyo()).withDayOfMonth(1);
    for (long id : numbers) {
      for (String blocked : List.of("0312340001", "09011112222", "0120000999")) {
        em.createNativeQuery(
                "INSERT INTO nuisance_entry (ip_number_id, blocked_number, registered_at)"
                    + " VALUES (?1, ?2, ?3)")
            .setParameter(1, id)
            .setParameter(2, blocked)
            .setParameter(3, registered)
            .executeUpdate();
      }
      rejections(id, month, 7);
      rejections(id, month.minusMonths(1), 23);
    }
    changes.fire(new NumbersChanged(numbers, "demo", NumbersChanged.Part.ALL, false));
  }

  /** Three recorded messages in the message box of 0350000001 (the demo number user W000000003). */
  public void recordedMessageSamples() {
    Long box =
        em.createQuery("select n.id from IpNumber n where n.number = :n", Long.class)
            .setParameter("n", new TelephoneNumber("0350000001"))
            .getSingleResult();
    Instant first = Instant.parse("2026-11-20T01:15:00Z");
    String[] callers = {"09011112222", "0312345678", "ANONYMOUS"};
    for (int i = 0; i < callers.length; i++) {
      em.persist(
          new RecordedMessage(
              box, "M" + (1001 + i), first.plusSeconds(3600L * 7 * i), callers[i], 12 + 9 * i));
    }
  }

  private void rejections(long ipNumberId, LocalDate month, long count) {
    em.createNativeQuery(
            "INSERT INTO nuisance_rejection_count (ip_number_id, month_start, rejections)"
                + " VALUES (?1, ?2, ?3)")
        .setParameter(1, ipNumberId)
        .setParameter(2, month)
        .setParameter(3, count)
        .executeUpdate();
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  private static ZoneId tokyo() {
    return ZoneId.of("Asia/Tokyo");
  }
}
