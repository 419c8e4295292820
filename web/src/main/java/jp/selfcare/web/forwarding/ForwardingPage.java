package jp.selfcare.web.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.forwarding.Forwarding;
import jp.selfcare.forwarding.ForwardingSearch;
import jp.selfcare.forwarding.ForwardingSearch.Row;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.settings.NumberEditPage;
import jp.selfcare.web.settings.NumberSearchFields;
import org.primefaces.model.LazyDataModel;

/**
 * 転送を設定する: search → select (opens the edit screen and holds the number) → edit → 確認 → 設定 →
 * 転送設定が完了しました. The page checks the rules before the confirmation with the same pure function the
 * service applies again on 設定. A number user starts at its own number.
 */
@Named
@ViewScoped
public class ForwardingPage extends NumberEditPage<Forwarding.View, Row> {

  private static final long serialVersionUID = 1L;

  private final NumberSearchFields search = new NumberSearchFields();

  @EJB private ForwardingSearch numbers;

  @EJB private Forwarding forwarding;

  private ForwardingFields fields = new ForwardingFields();
  private boolean afterBulkStop;

  /**
   * A number user lands on its own number. Opening the page is a GET, so it holds nothing: the edit
   * screen's hold is taken at the first 確認.
   */
  @PostConstruct
  void start() {
    if (isNumberUser()) {
      List<Row> own = numbers.page(new ForwardingSearch.Query(null, null, null), 0, 1);
      if (!own.isEmpty()) {
        opened(forwarding.look(own.get(0).ipNumberId()));
      }
    }
  }

  @Override
  protected LazyDataModel<Row> rows() {
    ForwardingSearch.Query query =
        new ForwardingSearch.Query(
            search.getSiteId(), search.getContractNumber(), search.getNumberPart());
    return PagedRows.of(query, numbers::count, numbers::page, row -> row.ipNumberId());
  }

  @Override
  protected Forwarding.View open(long ipNumberId) {
    return forwarding.open(ipNumberId);
  }

  @Override
  protected void edit(Forwarding.View view) {
    fields = new ForwardingFields(view.setting());
  }

  @Override
  protected Forwarding.View held(Forwarding.View view) {
    return view.holdId() != 0 ? view : view.withHold(forwarding.hold(view.ipNumberId()));
  }

  @Override
  protected boolean check(Forwarding.View view) {
    return ForwardingFields.show(ForwardingSetting.validate(fields.form(), view.context()), null);
  }

  @Override
  protected boolean store(Forwarding.View view) {
    Forwarding.Outcome outcome = forwarding.change(view.ipNumberId(), fields.form());
    afterBulkStop = outcome.afterBulkStop();
    return ForwardingFields.show(outcome.validation(), null);
  }

  @Override
  protected void release(Forwarding.View view) {
    forwarding.close(view.holdId());
  }

  public List<ForwardingTarget> getTargets() {
    return ForwardingFields.targets(getView().context().messageBoxContract());
  }

  /** Whether the accepted change waits for the number's bulk forwarding to stop. */
  public boolean isAfterBulkStop() {
    return afterBulkStop;
  }

  public ForwardingFields getFields() {
    return fields;
  }

  public NumberSearchFields getSearch() {
    return search;
  }
}
