package jp.selfcare.web.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.SpecificDestinationForwarding;
import jp.selfcare.forwarding.SpecificDestinationForwarding.View;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.settings.EditStep;
import jp.selfcare.web.settings.HeldMessage;
import jp.selfcare.web.settings.SettingsSession;
import org.primefaces.model.LazyDataModel;

/**
 * 転送先特定番号: search → select → 転送する/しない, modes and ring time with the contracted destination shown →
 * 確認 → 設定. A number user starts at its own number.
 */
@Named
@ViewScoped
public class SpecificDestinationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SpecificDestinationForwarding service;

  @Inject private SettingsSession session;

  private EditStep step = EditStep.SEARCH;
  private String numberPart;
  private LazyDataModel<View> rows;
  private View view;
  private ForwardingFields fields = new ForwardingFields();

  /**
   * A number user lands on its own number. Opening the page is a GET, so it holds nothing: the edit
   * screen's hold is taken at the first 確認.
   */
  @PostConstruct
  void start() {
    if (session.getRole() == SettingsRole.NUMBER_USER) {
      List<View> own = service.page(NumberConditions.ANY, 0, 1);
      if (!own.isEmpty()) {
        view = own.get(0);
        fields = new ForwardingFields(view.setting());
        step = EditStep.EDIT;
      }
    }
  }

  public void find() {
    rows = null;
  }

  public LazyDataModel<View> getRows() {
    if (rows == null) {
      NumberConditions conditions = new NumberConditions(null, null, numberPart);
      rows =
          new PagedRows<>(
              () -> service.count(conditions),
              (first, pageSize) -> service.page(conditions, first, pageSize),
              row -> row.ipNumberId());
    }
    return rows;
  }

  /** 選択. */
  public void select(long ipNumberId) {
    try {
      view = service.open(ipNumberId);
    } catch (HoldConflictException e) {
      HeldMessage.show("forwarding.held", e);
      return;
    }
    fields = new ForwardingFields(view.setting());
    step = EditStep.EDIT;
  }

  /** 確認. */
  public void confirm() {
    if (view.holdId() == 0) {
      try {
        view = view.withHold(service.hold(view.ipNumberId()));
      } catch (HoldConflictException e) {
        HeldMessage.show("forwarding.held", e);
        return;
      }
    }
    if (ForwardingFields.show(
        ForwardingSetting.validateSpecificDestination(
            fields.form(), view.context(), view.destination()),
        null)) {
      step = EditStep.CONFIRM;
    }
  }

  public void back() {
    step = EditStep.EDIT;
  }

  /** 設定. */
  public void apply() {
    try {
      SpecificDestinationForwarding.Outcome outcome =
          service.change(view.ipNumberId(), fields.form());
      if (ForwardingFields.show(outcome.validation(), null)) {
        step = EditStep.DONE;
        rows = null;
      } else {
        step = EditStep.EDIT;
      }
    } catch (HoldConflictException e) {
      HeldMessage.show("forwarding.held", e);
      step = EditStep.EDIT;
    }
  }

  public void toSearch() {
    if (view != null && step != EditStep.DONE) {
      service.close(view.holdId());
    }
    view = null;
    step = EditStep.SEARCH;
  }

  public boolean isNumberUser() {
    return session.getRole() == SettingsRole.NUMBER_USER;
  }

  public EditStep getStep() {
    return step;
  }

  public View getView() {
    return view;
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
