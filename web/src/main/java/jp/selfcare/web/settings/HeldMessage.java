package jp.selfcare.web.settings;

import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.web.i18n.Messages;

/** The message of an operation refused by a hold: which operation of which account blocks it. */
public final class HeldMessage {

  private HeldMessage() {}

  /** Shows {@code key} with the blocking operation's name and account. */
  public static void show(String key, HoldConflictException e) {
    Messages.error(key, Messages.text("holds.kind." + e.blocking().name()), e.account());
  }

  /** The same for one section of a page with several ({@link Messages#errorFor}). */
  public static void showFor(String clientId, String key, HoldConflictException e) {
    Messages.errorFor(
        clientId, key, Messages.text("holds.kind." + e.blocking().name()), e.account());
  }
}
