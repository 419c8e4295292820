package jp.selfcare.callfeature;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.change.NumberEdit;
import jp.selfcare.change.NumberSetting;
import jp.selfcare.change.NumberSettingChanges;
import jp.selfcare.change.NumberSettingChanges.UndoTarget;
import jp.selfcare.history.Operation;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.persistence.Pages;

/**
 * 特定番号通知, 非通知着信拒否, 発信者番号通知, 国際電話利用休止 and 発信規制 (spec 30-settings-site.md §4, §8, §9): the numbers in
 * scope that carry a feature, one number's value, and する/しない. Every check is made here: the login's
 * function and scope, the number's contract and type. Each accepted change writes a
 * settings-history entry with the old and the new value through the change flow ({@link
 * NumberSettingChanges}).
 */
@Stateless
public class CallFeatures {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = NumberConditions.MAX_PAGE;

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  @Inject private NumberSettingChanges flow;

  /** A search result or the edit screen: the number, its value and what it presents. */
  public record View(
      long ipNumberId,
      String siteId,
      String contractNumber,
      String number,
      boolean enabled,
      String presentedNumber)
      implements Serializable {}

  /** The numbers in scope that carry the feature, a page at a time. */
  public List<View> page(CallFeature feature, NumberConditions conditions, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    SettingsSignIn me = scope.require(feature.function());
    List<Object[]> rows =
        conditions
            .bind(
                em.createQuery(
                    "select n.id, s.siteId.value, c.number.value, n.number.digits,"
                        + " n.addOns.presentedNumber, f.enabled"
                        + from(feature, conditions, me)
                        + " order by n.number.digits",
                    Object[].class),
                me)
            .setParameter("feature", feature)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new View(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    r[5] == null ? feature.defaultOn() : (Boolean) r[5],
                    (String) r[4]))
        .toList();
  }

  public long count(CallFeature feature, NumberConditions conditions) {
    SettingsSignIn me = scope.require(feature.function());
    return conditions
        .bind(em.createQuery("select count(n)" + from(feature, conditions, me), Long.class), me)
        .setParameter("feature", feature)
        .getSingleResult();
  }

  private static String from(CallFeature feature, NumberConditions conditions, SettingsSignIn me) {
    StringBuilder from =
        new StringBuilder(
            NumberConditions.NUMBERS
                + " left join FeatureSwitch f on f.ipNumberId = n.id and f.feature = :feature"
                + " where 1 = 1");
    if (feature.basicOnly()) {
      from.append(" and n.type = jp.selfcare.numbers.NumberType.BASIC");
    }
    if (feature.contract() != null) {
      from.append(" and n.addOns.").append(addOnField(feature)).append(" = true");
    }
    return from.append(conditions.jpql(me)).toString();
  }

  private static String addOnField(CallFeature feature) {
    return switch (feature.contract()) {
      case SPECIFIC_NUMBER_PRESENTATION -> "specificPresentation";
      case ANONYMOUS_REJECTION -> "anonymousRejection";
      default -> throw new IllegalStateException("no search for " + feature.contract());
    };
  }

  /** The edit screen of one number in scope that carries the feature. */
  public View view(CallFeature feature, long ipNumberId) {
    IpNumber number = flow.edit(setting(feature), ipNumberId).number();
    return new View(
        ipNumberId,
        number.contract().site().map(s -> s.siteId().value()).orElse(""),
        number.contract().number().value(),
        number.number().digits(),
        FeatureSwitch.isOn(em, ipNumberId, feature),
        number.addOns().presentedNumber());
  }

  /** 設定: the number's feature becomes on or off; returns the history entry. */
  public long change(CallFeature feature, long ipNumberId, boolean enabled) {
    return store(feature, flow.edit(setting(feature), ipNumberId), enabled).id();
  }

  /**
   * 元に戻す: restores the value an earlier change of the feature replaced, as a new change. Refused
   * when the number's value changed again since.
   */
  public long undo(long operationId) {
    UndoTarget<Boolean> target =
        flow.undoTarget(operationId, type -> CallFeature.ofHistoryType(type).map(this::setting));
    CallFeature feature = CallFeature.ofHistoryType(target.earlier().type()).orElseThrow();
    Operation entry = store(feature, target.edit(), target.oldValue());
    entry.undoes(operationId);
    return entry.id();
  }

  private Operation store(CallFeature feature, NumberEdit edit, boolean enabled) {
    NumberSetting<Boolean> setting = setting(feature);
    boolean before = setting.current(edit.number());
    FeatureSwitch stored =
        em.find(FeatureSwitch.class, new FeatureSwitch.Key(edit.ipNumberId(), feature));
    if (stored == null) {
      em.persist(new FeatureSwitch(edit.ipNumberId(), feature, enabled));
    } else {
      stored.set(enabled);
    }
    return flow.record(setting, edit, before, enabled);
  }

  /** A feature as the change flow sees it. */
  private NumberSetting<Boolean> setting(CallFeature feature) {
    return NumberSetting.of(
        feature.function(),
        feature.historyType(),
        ipNumberId -> offering(feature, ipNumberId),
        number -> FeatureSwitch.isOn(em, number.id(), feature),
        CallFeature.HISTORY);
  }

  private IpNumber offering(CallFeature feature, long ipNumberId) {
    IpNumber number = em.find(IpNumber.class, ipNumberId);
    if (!feature.offeredFor(number)) {
      throw new NotAllowedException(number.number().digits() + " does not carry " + feature);
    }
    return number;
  }
}
