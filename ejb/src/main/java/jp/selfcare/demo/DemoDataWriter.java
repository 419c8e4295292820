package jp.selfcare.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
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
import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.numbers.TelephoneNumber;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.Customer;
import jp.selfcare.organisation.CustomerNumber;
import jp.selfcare.organisation.MobileContractId;
import jp.selfcare.organisation.ServicePlan;
import jp.selfcare.organisation.Site;
import jp.selfcare.organisation.SiteId;
import jp.selfcare.organisation.VoiceGroup;
import jp.selfcare.organisation.VoiceGroupId;
import jp.selfcare.persistence.SecretBox;

/**
 * Writes demo data, one transaction per call. The organisation goes through JPA; numbers go in JDBC
 * batches because the large set inserts 100,000 of them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

  private static final int BATCH = 500;

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  public boolean customerExists(String customerNumber) {
    return !em.createQuery("select c.id from Customer c where c.number = :n", Long.class)
        .setParameter("n", new CustomerNumber(customerNumber))
        .getResultList()
        .isEmpty();
  }

  public boolean voiceGroupExists(String voiceGroupId) {
    return !em.createQuery("select g.id from VoiceGroup g where g.groupId = :g", Long.class)
        .setParameter("g", new VoiceGroupId(voiceGroupId))
        .getResultList()
        .isEmpty();
  }

  /** 株式会社サンプル商事: voice groups, plans, sites and its Business Mobile contract. */
  public void sampleOrganisation() {
    Customer customer =
        persist(
            new Customer(new CustomerNumber(DemoCatalog.SAMPLE_CUSTOMER), "株式会社サンプル商事", tokyo()));
    ServicePlan east = plan(customer, "Y15000001", "本社・東日本グループ", "アクセスセット");
    site(east, "1000001", "東京本社", "東京都千代田区大手町1-1-1");
    site(east, "1000002", "横浜営業所", "神奈川県横浜市西区みなとみらい2-2-2");
    ServicePlan west = plan(customer, "Y15000002", "西日本グループ", "VD統合プラン");
    site(west, "2000001", "大阪支店", "大阪府大阪市北区梅田3-3-3");
    site(west, "2000002", "福岡営業所", "福岡県福岡市博多区博多駅前4-4-4");
    persist(
        Contract.businessMobile(
            new ContractNumber("N200000007"), customer, new MobileContractId("BM12345678")));
  }

  /** 株式会社テスト物産: a second customer with one site. */
  public void otherOrganisation() {
    Customer customer =
        persist(new Customer(new CustomerNumber(DemoCatalog.OTHER_CUSTOMER), "株式会社テスト物産", tokyo()));
    ServicePlan plan = plan(customer, "Y25000001", "名古屋グループ", "アクセスセット");
    site(plan, "3000001", "名古屋支店", "愛知県名古屋市中村区名駅5-5-5");
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

  /** The large set's voice group and its sites (numbers follow per contract). */
  public void largeOrganisation() {
    Customer customer =
        em.createQuery("select c from Customer c where c.number = :n", Customer.class)
            .setParameter("n", new CustomerNumber(DemoCatalog.SAMPLE_CUSTOMER))
            .getSingleResult();
    ServicePlan plan = plan(customer, DemoCatalog.LARGE_VOICE_GROUP, "全国拠点グループ", "アクセスセット");
    for (int k = 0; k < DemoCatalog.LARGE_SITES; k++) {
      site(
          plan,
          DemoCatalog.largeContract(k).siteId(),
          "全国拠点" + (k + 1),
          "東京都港区芝" + (k + 1) + "-1-1");
    }
  }

  /** One IP Voice contract with all its numbers and hunt groups. */
  public void contract(DemoContract spec) {
    Site site =
        em.createQuery("select s from Site s where s.siteId = :id", Site.class)
            .setParameter("id", new SiteId(spec.siteId()))
            .getSingleResult();
    int accessLine = Integer.parseInt(spec.contractNumber().substring(1)) + 500000000;
    Contract contract =
        persist(
            Contract.ipVoice(
                new ContractNumber(spec.contractNumber()),
                site,
                spec.channels(),
                new ContractNumber("N" + accessLine)));
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      insertNumbers(c, spec, contract.id(), true, Map.of());
      insertNumbers(c, spec, contract.id(), false, basicIds(c, spec, contract.id()));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot insert demo numbers of " + spec.contractNumber(), e);
    }
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
    }
  }

  private void insertNumbers(
      Connection c, DemoContract spec, long contractId, boolean basics, Map<Integer, Long> basicIds)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO ip_number (number, number_type, contract_id, basic_number_id,"
                + " channel_count, sip_id, sip_password, ao_message_box, ao_nuisance_blocking,"
                + " ao_anonymous_rejection, ao_specific_presentation, ao_bulk_forwarding,"
                + " ao_specific_destination, ao_members_net, presented_number, destination_number,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      int pending = 0;
      for (int i = 0; i < spec.numberCount(); i++) {
        boolean basic = DemoContract.isBasic(i);
        if (basic != basics) {
          continue;
        }
        String number = spec.number(i);
        AddOns addOns = spec.addOns().of(i, basic);
        s.setString(1, number);
        s.setString(2, (basic ? NumberType.BASIC : NumberType.DIAL_IN).name());
        s.setLong(3, contractId);
        if (basic) {
          s.setNull(4, Types.BIGINT);
          s.setInt(5, 2 + i % 3 * 2);
          s.setString(6, "sip" + number);
          s.setString(7, SecretBox.configured().seal(sipPassword(number)));
        } else {
          s.setLong(4, basicIds.get(i - i % DemoContract.BASIC_EVERY));
          s.setNull(5, Types.INTEGER);
          s.setNull(6, Types.VARCHAR);
          s.setNull(7, Types.VARCHAR);
        }
        s.setBoolean(8, addOns.messageBox());
        s.setBoolean(9, addOns.nuisanceBlocking());
        s.setBoolean(10, addOns.anonymousRejection());
        s.setBoolean(11, addOns.specificPresentation());
        s.setBoolean(12, addOns.bulkForwarding());
        s.setBoolean(13, addOns.specificDestination());
        s.setBoolean(14, addOns.membersNet());
        s.setString(15, addOns.presentedNumber());
        s.setString(16, addOns.destinationNumber());
        s.addBatch();
        if (++pending == BATCH) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  /** Index within the contract → id of each basic number already inserted. */
  private static Map<Integer, Long> basicIds(Connection c, DemoContract spec, long contractId)
      throws SQLException {
    Map<Integer, Long> byIndex = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT number, id FROM ip_number WHERE contract_id = ? AND number_type = 'BASIC'")) {
      s.setLong(1, contractId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byIndex.put((int) (Long.parseLong(rs.getString(1)) - spec.firstNumber()), rs.getLong(2));
        }
      }
    }
    return byIndex;
  }

  /** Deterministic per number, so the demo is the same on every machine. */
  private static String sipPassword(String number) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    long seed = Long.parseLong(number) * 6364136223846793005L + 1442695040888963407L;
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      password.append(
          alphabet.charAt((int) Long.remainderUnsigned(seed >>> 17, alphabet.length())));
    }
    return password.toString();
  }

  private ServicePlan plan(
      Customer customer, String voiceGroupId, String groupName, String planName) {
    VoiceGroup group = persist(new VoiceGroup(new VoiceGroupId(voiceGroupId), customer, groupName));
    return persist(new ServicePlan(group, planName));
  }

  private void site(ServicePlan plan, String siteId, String name, String address) {
    persist(new Site(new SiteId(siteId), plan, name, address));
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
