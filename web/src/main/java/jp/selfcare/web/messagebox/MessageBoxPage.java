package jp.selfcare.web.messagebox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.messagebox.Address;
import jp.selfcare.messagebox.GuidanceType;
import jp.selfcare.messagebox.MessageBoxForm;
import jp.selfcare.messagebox.MessageBoxForm.AddressForm;
import jp.selfcare.messagebox.MessageBoxes;
import jp.selfcare.messagebox.MessageBoxes.View;
import jp.selfcare.messagebox.Notify;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.NumberEditPage;
import org.primefaces.model.LazyDataModel;

/**
 * メッセージボックス (メールアドレス設定): search → select → three address rows with confirmation, 通知条件 and 添付,
 * ガイダンス種別 and the PIN → 確認 → 設定. A number user starts at its own number.
 */
@Named
@ViewScoped
public class MessageBoxPage extends NumberEditPage<View, View> {

  private static final long serialVersionUID = 1L;

  /** An address row as edited. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int slot;
    private String address = "";
    private String confirmation = "";
    private Notify condition = Notify.NEVER;
    private boolean attach;

    Row(int slot) {
      this.slot = slot;
    }

    public int getSlot() {
      return slot;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public String getConfirmation() {
      return confirmation;
    }

    public void setConfirmation(String confirmation) {
      this.confirmation = confirmation;
    }

    public Notify getCondition() {
      return condition;
    }

    public void setCondition(Notify condition) {
      this.condition = condition;
    }

    public boolean isAttach() {
      return attach;
    }

    public void setAttach(boolean attach) {
      this.attach = attach;
    }
  }

  @EJB private MessageBoxes boxes;

  private String numberPart;
  private List<Row> addresses = new ArrayList<>();
  private GuidanceType guidance;
  private String pin;
  private String pinConfirmation;
  private int mails;

  @PostConstruct
  void start() {
    if (isNumberUser()) {
      List<View> own = boxes.page(NumberConditions.ANY, 0, 1);
      if (!own.isEmpty()) {
        select(own.get(0).ipNumberId());
      }
    }
  }

  @Override
  protected LazyDataModel<View> rows() {
    NumberConditions conditions = new NumberConditions(null, null, numberPart);
    return PagedRows.of(conditions, boxes::count, boxes::page, row -> row.ipNumberId());
  }

  @Override
  protected View open(long ipNumberId) {
    return boxes.open(ipNumberId);
  }

  @Override
  protected void edit(View view) {
    addresses = new ArrayList<>();
    for (int slot = 1; slot <= MessageBoxForm.SLOTS; slot++) {
      addresses.add(new Row(slot));
    }
    for (Address a : view.addresses()) {
      Row row = addresses.get(a.slot() - 1);
      row.address = a.address();
      row.confirmation = a.address();
      row.condition = a.condition();
      row.attach = a.attach();
    }
    guidance = view.guidance();
    pin = null;
    pinConfirmation = null;
  }

  @Override
  protected boolean check(View view) {
    return show(form().check(view.pinSet()));
  }

  @Override
  protected boolean store(View view) {
    MessageBoxes.Outcome outcome = boxes.change(view.ipNumberId(), form());
    mails = outcome.mails();
    return show(outcome.problems());
  }

  private MessageBoxForm form() {
    return new MessageBoxForm(
        addresses.stream()
            .map(r -> new AddressForm(r.address, r.confirmation, r.condition, r.attach))
            .toList(),
        guidance,
        pin,
        pinConfirmation);
  }

  private static boolean show(List<MessageBoxForm.Problem> problems) {
    problems.forEach(p -> Messages.error("messageBox.problem." + p.kind().name(), p.slot()));
    return problems.isEmpty();
  }

  public Notify[] getConditions() {
    return Notify.values();
  }

  public GuidanceType[] getGuidanceTypes() {
    return GuidanceType.values();
  }

  public List<Row> getAddresses() {
    return addresses;
  }

  public GuidanceType getGuidance() {
    return guidance;
  }

  public void setGuidance(GuidanceType guidance) {
    this.guidance = guidance;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public String getPinConfirmation() {
    return pinConfirmation;
  }

  public void setPinConfirmation(String pinConfirmation) {
    this.pinConfirmation = pinConfirmation;
  }

  public int getMails() {
    return mails;
  }

  public String getNumberPart() {
    return numberPart;
  }

  public void setNumberPart(String numberPart) {
    this.numberPart = numberPart;
  }
}
