package jp.selfcare.web.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.SpecificDestinationForwarding;
import jp.selfcare.forwarding.SpecificDestinationForwarding.View;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.settings.NumberEditPage;
import org.primefaces.model.LazyDataModel;

/**
 * 転送先特定番号: search → select → 転送する/しない, modes and ring time with the contracted destination shown →
 * 確認 → 設定. A number user starts at its own number.
 */
@Named
@ViewScoped
public class SpecificDestinationPage extends NumberEditPage<View, View> {

  private static final long serialVersionUID = 1L;

  @EJB private SpecificDestinationForwarding service;

  private String numberPart;
  private ForwardingFields fields = new ForwardingFields();

  /**
   * A number user lands on its own number. Opening the page is a GET, so it holds nothing: the edit
   * screen's hold is taken at the first 確認.
   */
  @PostConstruct
  void start() {
    if (isNumberUser()) {
      List<View> own = service.page(NumberConditions.ANY, 0, 1);
      if (!own.isEmpty()) {
        opened(own.get(0));
      }
    }
  }

  @Override
  protected LazyDataModel<View> rows() {
    NumberConditions conditions = new NumberConditions(null, null, numberPart);
    return PagedRows.of(conditions, service::count, service::page, row -> row.ipNumberId());
  }

  @Override
  protected View open(long ipNumberId) {
    return service.open(ipNumberId);
  }

  @Override
  protected void edit(View view) {
    fields = new ForwardingFields(view.setting());
  }

  @Override
  protected View held(View view) {
    return view.holdId() != 0 ? view : view.withHold(service.hold(view.ipNumberId()));
  }

  @Override
  protected boolean check(View view) {
    return ForwardingFields.show(
        ForwardingSetting.validateSpecificDestination(
            fields.form(), view.context(), view.destination()),
        null);
  }

  @Override
  protected boolean store(View view) {
    return ForwardingFields.show(
        service.change(view.ipNumberId(), fields.form()).validation(), null);
  }

  @Override
  protected void release(View view) {
    service.close(view.holdId());
  }

  public ForwardingFields getFields() {
    return fields;
  }

  public String getNumberPart() {
    return numberPart;
  }

  public void setNumberPart(String numberPart) {
    this.numberPart = numberPart;
  }
}
