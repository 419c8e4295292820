package jp.selfcare.settingschange;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.callfeature.CallFeatures;
import jp.selfcare.forwarding.Forwarding;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.forwarding.SpecificDestinationForwarding;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.messagebox.MessageBoxes;
import jp.selfcare.nuisance.NuisanceBlocking;
import jp.selfcare.reservation.Reservations;

/**
 * 元に戻す of a settings-history entry, whatever changed: the entry's type, read from the history
 * (never from the page), decides which feature restores its old value. Each feature checks the
 * caller's function and scope on the number itself and refuses with {@link
 * jp.selfcare.history.UndoRefusedException} when the number changed since.
 */
@Stateless
public class SettingsUndo {

  /** The single-number changes 元に戻す restores besides the する/しない switches. */
  private static final Set<OperationType> UNDOABLE =
      EnumSet.of(
          OperationType.FORWARDING,
          OperationType.SPECIFIC_DESTINATION_FORWARDING,
          OperationType.FORWARDING_RESERVATION,
          OperationType.NUISANCE_BLOCKING,
          OperationType.MESSAGE_BOX);

  @PersistenceContext private EntityManager em;

  @EJB private Forwarding forwarding;

  @EJB private SpecificDestinationForwarding specific;

  @EJB private CallFeatures callFeatures;

  @EJB private NuisanceBlocking nuisance;

  @EJB private Reservations reservations;

  @EJB private MessageBoxes boxes;

  /** The outcome: restored, or refused by today's forwarding rules (every rule broken). */
  public record Outcome(Validation refusedBy) implements Serializable {

    static final Outcome RESTORED = new Outcome(null);

    public boolean restored() {
      return refusedBy == null;
    }
  }

  /** Whether an entry of this type with this old value can be restored. */
  public static boolean undoable(OperationType type, String oldValue) {
    return oldValue != null
        && (UNDOABLE.contains(type) || CallFeature.ofHistoryType(type).isPresent());
  }

  /** 元に戻す: the entry's old value as a new change of its number. */
  public Outcome undo(long operationId) {
    Operation earlier = em.find(Operation.class, operationId);
    if (earlier == null || !undoable(earlier.type(), earlier.oldValue().orElse(null))) {
      throw new NotAllowedException("no settings change to undo");
    }
    switch (earlier.type()) {
      case FORWARDING -> {
        Forwarding.Outcome outcome = forwarding.undo(operationId);
        return outcome.validation().valid() ? Outcome.RESTORED : new Outcome(outcome.validation());
      }
      case SPECIFIC_DESTINATION_FORWARDING -> {
        SpecificDestinationForwarding.Outcome outcome = specific.undo(operationId);
        return outcome.validation().valid() ? Outcome.RESTORED : new Outcome(outcome.validation());
      }
      case NUISANCE_BLOCKING -> nuisance.undo(operationId);
      case FORWARDING_RESERVATION -> reservations.undo(operationId);
      case MESSAGE_BOX -> boxes.undo(operationId);
      default -> callFeatures.undo(operationId);
    }
    return Outcome.RESTORED;
  }
}
