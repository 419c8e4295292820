package jp.selfcare.messagebox;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.change.ChangeOutcome;
import jp.selfcare.change.HistoryCodec;
import jp.selfcare.change.NumberEdit;
import jp.selfcare.change.NumberSetting;
import jp.selfcare.change.NumberSettingChanges;
import jp.selfcare.change.NumberSettingChanges.UndoTarget;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.organisation.Customer;

/**
 * メッセージボックス (spec 30-settings-site.md §6) of the numbers in scope with the contract: the addresses
 * with their conditions, the answer guidance and the PIN (hashed; never shown or kept in the
 * history). 設定 applies the whole form when every rule holds, records it through the change flow
 * ({@link NumberSettingChanges}), and — when the addresses changed — queues the 設定完了 mail to each
 * configured address in the same transaction (sent by the JMS mail path after commit). A number
 * user sees and deletes its box's recorded messages.
 */
@Stateless
public class MessageBoxes {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = NumberConditions.MAX_PAGE;

  private static final SettingsFunction SETTINGS = SettingsFunction.MESSAGE_BOX_SETTINGS;

  private static final SettingsFunction MESSAGES = SettingsFunction.MESSAGE_BOX_MESSAGES;

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  @EJB private MailOutbox mail;

  @Inject private NumberSettingChanges flow;

  /** A search result or the edit screen. */
  public record View(
      long ipNumberId,
      String siteId,
      String number,
      List<Address> addresses,
      GuidanceType guidance,
      boolean originalGuidance,
      boolean pinSet)
      implements Serializable {}

  /** The outcome of 設定. */
  public record Outcome(List<MessageBoxForm.Problem> problems, Long operationId, int mails)
      implements ChangeOutcome {}

  /** A recorded message as the number user sees it. */
  public record Message(long id, String code, Instant recordedAt, String caller, int lengthSeconds)
      implements Serializable {}

  private static final String FROM = NumberConditions.NUMBERS + " where n.addOns.messageBox = true";

  /** The numbers in scope with the contract, a page at a time. */
  public List<View> page(NumberConditions conditions, int first, int size) {
    return conditions
        .page(em, scope.require(SETTINGS), "select n", FROM, IpNumber.class, first, size)
        .stream()
        .map(this::view)
        .toList();
  }

  public long count(NumberConditions conditions) {
    return conditions.count(em, scope.require(SETTINGS), "n", FROM);
  }

  /** The edit screen of one number. */
  public View open(long ipNumberId) {
    return view(flow.edit(setting, ipNumberId).number());
  }

  /** 設定. */
  public Outcome change(long ipNumberId, MessageBoxForm form) {
    NumberEdit edit = flow.edit(setting, ipNumberId);
    MessageBox box = em.find(MessageBox.class, ipNumberId);
    List<MessageBoxForm.Problem> problems = form.check(box != null && box.pinSet());
    if (!problems.isEmpty()) {
      return new Outcome(problems, null, 0);
    }
    if (box == null) {
      box = new MessageBox(ipNumberId);
      em.persist(box);
    }
    Stored stored =
        store(
            edit,
            box,
            form.used(),
            form.guidance(),
            form.changesPin() ? PasswordHasher.DEFAULT.hash(form.pin()) : null);
    return new Outcome(List.of(), stored.entry().id(), stored.mails());
  }

  /**
   * 元に戻す: the addresses, conditions and guidance an earlier 設定 replaced, as a new change (the PIN
   * stays as it is: only its hash was ever kept). Refused when the box changed again since. The
   * 設定完了 mail goes to the restored addresses as after any change of the addresses.
   */
  public long undo(long operationId) {
    UndoTarget<MessageBoxSetting> target = flow.undoTarget(operationId, setting);
    MessageBox box = em.find(MessageBox.class, target.edit().ipNumberId());
    MessageBoxSetting old = target.oldValue();
    Stored stored = store(target.edit(), box, old.addresses(), old.guidance(), null);
    stored.entry().undoes(operationId);
    return stored.entry().id();
  }

  /** The box as the change flow sees it; its history never keeps the PIN, only that it changed. */
  private final NumberSetting<MessageBoxSetting> setting =
      new NumberSetting<>() {
        @Override
        public SettingsFunction function() {
          return SETTINGS;
        }

        @Override
        public OperationType historyType() {
          return OperationType.MESSAGE_BOX;
        }

        @Override
        public IpNumber number(long ipNumberId) {
          return contracted(ipNumberId);
        }

        @Override
        public MessageBoxSetting current(IpNumber number) {
          MessageBox box = em.find(MessageBox.class, number.id());
          return box == null ? null : kept(box);
        }

        @Override
        public HistoryCodec<MessageBoxSetting> history() {
          return MessageBoxSetting.HISTORY;
        }

        @Override
        public MessageBoxSetting comparable(MessageBoxSetting recorded) {
          return recorded.withoutPinChange();
        }
      };

  /** A stored change: its history entry and how many 設定完了 mails it queued. */
  private record Stored(Operation entry, int mails) {}

  /**
   * Applies addresses, guidance and (unless null) a new PIN hash; writes the history entry with the
   * old and the new value through the change flow; queues the 設定完了 mail to each address when the
   * addresses changed.
   */
  private Stored store(
      NumberEdit edit,
      MessageBox box,
      List<Address> addresses,
      GuidanceType guidance,
      String pinHash) {
    MessageBoxSetting old = kept(box);
    boolean addressesChanged = !box.addresses().equals(addresses);
    box.change(addresses, guidance, pinHash);
    Operation entry =
        flow.record(
            setting, edit, old, new MessageBoxSetting(addresses, guidance, pinHash != null));
    int mails = 0;
    if (addressesChanged) {
      ZoneId zone = zoneOf(edit.placement().customerId());
      for (Address a : addresses) {
        mail.enqueue(
            MessageBoxMails.settingCompleted(
                entry.id(),
                edit.number().number().digits(),
                a,
                guidance,
                entry.acceptedAt(),
                zone));
        mails++;
      }
    }
    return new Stored(entry, mails);
  }

  /** The recorded messages of the caller's box, newest first (number users). */
  public List<Message> messages(long ipNumberId) {
    scope.requireNumber(MESSAGES, ipNumberId);
    contracted(ipNumberId);
    return em.createQuery(
            "select new jp.selfcare.messagebox.MessageBoxes$Message(m.id, m.messageCode,"
                + " m.recordedAt, m.caller, m.lengthSeconds) from RecordedMessage m"
                + " where m.ipNumberId = :id order by m.recordedAt desc",
            Message.class)
        .setParameter("id", ipNumberId)
        .getResultList();
  }

  /** 削除 of recorded messages of the caller's box. */
  public int deleteMessages(long ipNumberId, List<Long> messageIds) {
    scope.requireNumber(MESSAGES, ipNumberId);
    contracted(ipNumberId);
    if (messageIds.isEmpty()) {
      return 0;
    }
    return em.createQuery("delete from RecordedMessage m where m.ipNumberId = :n and m.id in :ids")
        .setParameter("n", ipNumberId)
        .setParameter("ids", messageIds)
        .executeUpdate();
  }

  /** What the history keeps of a box as it stands. */
  private static MessageBoxSetting kept(MessageBox box) {
    return new MessageBoxSetting(box.addresses(), box.guidanceType(), false);
  }

  private View view(IpNumber n) {
    MessageBox box = em.find(MessageBox.class, n.id());
    return new View(
        n.id(),
        n.contract().site().map(s -> s.siteId().value()).orElse(""),
        n.number().digits(),
        box == null ? List.of() : box.addresses(),
        box == null ? GuidanceType.ANSWER_AND_RECORD : box.guidanceType(),
        box != null && box.originalGuidance(),
        box != null && box.pinSet());
  }

  private ZoneId zoneOf(long customerId) {
    return em.find(Customer.class, customerId).timeZone();
  }

  private IpNumber contracted(long ipNumberId) {
    IpNumber number = em.find(IpNumber.class, ipNumberId);
    if (!number.addOns().has(AddOn.MESSAGE_BOX)) {
      throw new NotAllowedException(number.number().digits() + " has no message box");
    }
    return number;
  }
}
