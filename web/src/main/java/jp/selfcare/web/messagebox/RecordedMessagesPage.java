package jp.selfcare.web.messagebox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.messagebox.MessageBoxes;
import jp.selfcare.messagebox.MessageBoxes.Message;
import jp.selfcare.web.i18n.Messages;

/** 録音メッセージ: the number user's recorded messages (up to 20), newest first; 削除 of the selected. */
@Named
@ViewScoped
public class RecordedMessagesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MessageBoxes boxes;

  private Long ipNumberId;
  private String number;
  private List<Message> messages = List.of();
  private List<Message> selected = new ArrayList<>();

  @PostConstruct
  void start() {
    List<MessageBoxes.View> own = boxes.page(NumberConditions.ANY, 0, 1);
    if (!own.isEmpty()) {
      ipNumberId = own.get(0).ipNumberId();
      number = own.get(0).number();
      messages = boxes.messages(ipNumberId);
    }
  }

  /** 削除 of the selected messages (after confirmation). */
  public void delete() {
    int deleted = boxes.deleteMessages(ipNumberId, selected.stream().map(Message::id).toList());
    Messages.info("recorded.deleted", deleted);
    selected = new ArrayList<>();
    messages = boxes.messages(ipNumberId);
  }

  /** The caller as shown: 非通知 / 公衆電話 / 表示圏外 or the number. */
  public String caller(Message m) {
    return switch (m.caller()) {
      case "ANONYMOUS", "PAYPHONE", "UNAVAILABLE" -> Messages.text("recorded.caller." + m.caller());
      default -> m.caller();
    };
  }

  public String getNumber() {
    return number;
  }

  public List<Message> getMessages() {
    return messages;
  }

  public List<Message> getSelected() {
    return selected;
  }

  public void setSelected(List<Message> selected) {
    this.selected = selected;
  }
}
