package jp.selfcare.web.callfeature;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.callfeature.CallFeatures;
import jp.selfcare.callfeature.CallFeatures.View;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.NumberEditPage;
import jp.selfcare.web.settings.NumberSearchFields;
import org.primefaces.model.LazyDataModel;

/**
 * 特定番号通知, 非通知着信拒否, 発信者番号通知, 国際電話利用休止 and 発信規制, one page for the five する/しない settings (request
 * parameter {@code f}): search → select → する/しない → 確認 → 設定 → done. A number user starts at its own
 * number.
 */
@Named
@ViewScoped
public class FeaturePage extends NumberEditPage<View, View> {

  private static final long serialVersionUID = 1L;

  private final NumberSearchFields search = new NumberSearchFields();

  @EJB private CallFeatures features;

  private CallFeature feature = CallFeature.CALLER_ID_PRESENTATION;
  private boolean enabled;

  @PostConstruct
  void start() {
    String name =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("f");
    for (CallFeature f : CallFeature.values()) {
      if (f.name().equals(name)) {
        feature = f;
      }
    }
    if (isNumberUser() && session().may(feature.function().name())) {
      List<View> own = features.page(feature, NumberConditions.ANY, 0, 1);
      if (!own.isEmpty()) {
        select(own.get(0).ipNumberId());
      }
    }
  }

  @Override
  protected LazyDataModel<View> rows() {
    NumberConditions conditions = search.conditions();
    CallFeature f = feature;
    return new PagedRows<>(
        () -> features.count(f, conditions),
        (first, pageSize) -> features.page(f, conditions, first, pageSize),
        row -> row.ipNumberId());
  }

  @Override
  protected View open(long ipNumberId) {
    return features.view(feature, ipNumberId);
  }

  @Override
  protected void edit(View view) {
    enabled = view.enabled();
  }

  @Override
  protected boolean store(View view) {
    features.change(feature, view.ipNumberId(), enabled);
    return true;
  }

  /** The label of a value: する/しない, or 通知/非通知 for caller-ID presentation. */
  public String label(boolean on) {
    return Messages.text("feature." + (on ? "on" : "off") + "." + feature.name());
  }

  public CallFeature getFeature() {
    return feature;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public NumberSearchFields getSearch() {
    return search;
  }
}
