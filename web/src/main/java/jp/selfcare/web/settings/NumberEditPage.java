package jp.selfcare.web.settings;

import jakarta.inject.Inject;
import java.io.Serializable;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.hold.HoldConflictException;
import org.primefaces.model.LazyDataModel;

/**
 * The steps every per-number screen of the Web Settings Site goes through (spec
 * 30-settings-site.md): search → 選択 → edit → 確認 → 設定 → done, キャンセル / 検索に戻る from any step. The page
 * supplies what is its own — its search rows, how it opens a number and fills its form, its rules
 * before the confirmation, and its 設定; the steps, the edit hold's refusals and the fresh search
 * after a change are done here, the same for every screen.
 *
 * @param <V> what the edit screen shows of the selected number (or group)
 * @param <R> a search result row
 */
public abstract class NumberEditPage<V, R> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SettingsSession session;

  private EditStep step = EditStep.SEARCH;
  private V view;
  private LazyDataModel<R> rows;

  /** The search's rows, read a page at a time (built again after 検索 and after a change). */
  protected abstract LazyDataModel<R> rows();

  /**
   * 選択: what the edit screen shows of the number; features that hold the number while it is edited
   * take the hold here, refused with {@link HoldConflictException}.
   */
  protected abstract V open(long id);

  /** Fills the form from what was opened. */
  protected abstract void edit(V view);

  /** 確認's rules, the page's messages shown for each broken one; true when all hold. */
  protected boolean check(V view) {
    return true;
  }

  /**
   * 設定: true when accepted; false when the service refused by its rules (the page showed them). May
   * be refused with {@link HoldConflictException}.
   */
  protected abstract boolean store(V view);

  /**
   * Before 確認: the view with the edit hold taken, where the feature holds and the view has none yet
   * (a number user's screen opened by a GET holds nothing).
   */
  protected V held(V view) {
    return view;
  }

  /** キャンセル / 検索に戻る before 設定: gives the edit hold back, where the feature holds. */
  protected void release(V view) {}

  /** The message shown when a hold refuses (it names the operation and the account that hold). */
  protected String heldKey() {
    return "forwarding.held";
  }

  /** 検索. */
  public void find() {
    rows = null;
  }

  public LazyDataModel<R> getRows() {
    if (rows == null) {
      rows = rows();
    }
    return rows;
  }

  /** 選択. */
  public void select(long id) {
    try {
      opened(open(id));
    } catch (HoldConflictException e) {
      HeldMessage.show(heldKey(), e);
    }
  }

  /** Shows the edit screen of what was opened (a number user's own number on arrival). */
  protected void opened(V opened) {
    view = opened;
    edit(opened);
    step = EditStep.EDIT;
  }

  /** 確認: every rule first; the confirmation only when all hold. */
  public void confirm() {
    try {
      view = held(view);
    } catch (HoldConflictException e) {
      HeldMessage.show(heldKey(), e);
      return;
    }
    if (check(view)) {
      step = EditStep.CONFIRM;
    }
  }

  /** 戻る: from the confirmation to the edit screen. */
  public void back() {
    step = EditStep.EDIT;
  }

  /** 設定. */
  public void apply() {
    try {
      if (store(view)) {
        step = EditStep.DONE;
        rows = null;
        return;
      }
    } catch (HoldConflictException e) {
      HeldMessage.show(heldKey(), e);
    }
    step = EditStep.EDIT;
  }

  /** キャンセル / 検索に戻る. */
  public void toSearch() {
    if (view != null && step != EditStep.DONE) {
      release(view);
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

  public V getView() {
    return view;
  }

  /** The signed-in login's session, for the page's own start. */
  protected SettingsSession session() {
    return session;
  }
}
