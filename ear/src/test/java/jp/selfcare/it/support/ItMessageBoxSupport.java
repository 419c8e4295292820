package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.selfcare.messagebox.GuidanceType;
import jp.selfcare.messagebox.MessageBoxForm;
import jp.selfcare.messagebox.MessageBoxForm.AddressForm;
import jp.selfcare.messagebox.MessageBoxes;
import jp.selfcare.messagebox.Notify;

/**
 * メッセージボックス through {@link MessageBoxes}, as a settings login. Address rows are typed as {@code
 * address|confirmation|CONDITION|attach;…} (up to three; missing rows unused).
 */
@RequestScoped
@Path("message-box")
@Produces(MediaType.TEXT_PLAIN)
public class ItMessageBoxSupport {

  @EJB private MessageBoxes boxes;

  @EJB private ItSettingsData data;

  @Inject private ItSettingsCaller callers;

  /** 設定: "OK operationId mails" or "INVALID [slot:KIND …]". */
  @POST
  @Path("change")
  public String change(
      @QueryParam("as") String as,
      @QueryParam("number") String number,
      @QueryParam("rows") String rows,
      @QueryParam("guidance") GuidanceType guidance,
      @QueryParam("pin") String pin,
      @QueryParam("pin2") String pin2) {
    List<AddressForm> forms = new ArrayList<>();
    if (rows != null && !rows.isEmpty()) {
      for (String row : rows.split(";")) {
        String[] f = row.split("\\|", -1);
        forms.add(
            new AddressForm(
                f[0], f[1], f[2].isEmpty() ? null : Notify.valueOf(f[2]), "1".equals(f[3])));
      }
    }
    while (forms.size() < MessageBoxForm.SLOTS) {
      forms.add(new AddressForm("", "", Notify.NEVER, false));
    }
    MessageBoxForm form = new MessageBoxForm(forms, guidance, pin, pin2);
    return callers.as(
        as,
        null,
        () -> {
          MessageBoxes.Outcome outcome = boxes.change(data.numberId(number), form);
          return outcome.accepted()
              ? "OK " + outcome.operationId() + " " + outcome.mails()
              : "INVALID "
                  + outcome.problems().stream()
                      .map(p -> p.slot() + ":" + p.kind())
                      .collect(Collectors.joining(" ", "[", "]"));
        });
  }

  /** The box as the edit screen shows it: "GUIDANCE pinSet slot:address:CONDITION:attach …". */
  @POST
  @Path("open")
  public String open(@QueryParam("as") String as, @QueryParam("number") String number) {
    return callers.as(
        as,
        null,
        () -> {
          MessageBoxes.View v = boxes.open(data.numberId(number));
          return v.guidance()
              + " "
              + v.pinSet()
              + v.addresses().stream()
                  .map(
                      a ->
                          " "
                              + a.slot()
                              + ":"
                              + a.address()
                              + ":"
                              + a.condition()
                              + ":"
                              + a.attach())
                  .collect(Collectors.joining());
        });
  }

  /** The recorded messages: "count code1 code2 …" (newest first). */
  @POST
  @Path("messages")
  public String messages(@QueryParam("as") String as, @QueryParam("number") String number) {
    return callers.as(
        as,
        null,
        () -> {
          List<MessageBoxes.Message> messages = boxes.messages(data.numberId(number));
          return messages.size()
              + messages.stream().map(m -> " " + m.code()).collect(Collectors.joining());
        });
  }

  /** 削除 of the message with this code: the number deleted. */
  @POST
  @Path("messages/delete")
  public String delete(
      @QueryParam("as") String as,
      @QueryParam("number") String number,
      @QueryParam("code") String code) {
    return callers.as(
        as,
        null,
        () -> {
          long id = data.numberId(number);
          List<Long> ids =
              boxes.messages(id).stream()
                  .filter(m -> m.code().equals(code))
                  .map(MessageBoxes.Message::id)
                  .toList();
          return Integer.toString(boxes.deleteMessages(id, ids));
        });
  }

  /** 元に戻す: "OK id" or "REFUSED reason". */
  @POST
  @Path("undo")
  public String undo(@QueryParam("as") String as, @QueryParam("operation") long operation) {
    return callers.as(as, null, () -> "OK " + boxes.undo(operation));
  }
}
