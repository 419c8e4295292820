package jp.selfcare.web;

import java.io.IOException;
import java.util.List;
import jp.selfcare.batch.FolderWatch;
import jp.selfcare.web.i18n.Messages;

/**
 * 今すぐ取込 of an operators' import screen: every file waiting in the watched folder started now, and
 * what happened told in the page's language with the screen's own messages ({@code
 * <keys>.nothingWaiting}, {@code <keys>.started}, {@code <keys>.folderUnreadable}).
 */
public final class ImportNow {

  private ImportNow() {}

  /**
   * @return whether an import was started (the screen's list of imports changed)
   */
  public static boolean run(FolderWatch watch, String keys) {
    try {
      List<String> started = watch.importNow();
      if (started.isEmpty()) {
        Messages.info(keys + ".nothingWaiting");
        return false;
      }
      Messages.info(keys + ".started", String.join(", ", started));
      return true;
    } catch (IOException e) {
      Messages.error(keys + ".folderUnreadable", e.getMessage());
      return false;
    }
  }
}
