package jp.selfcare.web.nuisance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.nuisance.BlockedNumberRules;
import jp.selfcare.nuisance.NuisanceBlocking;
import jp.selfcare.nuisance.NuisanceBlocking.Kind;
import jp.selfcare.nuisance.NuisanceBlocking.Problem;
import jp.selfcare.nuisance.NuisanceBlocking.Row;
import jp.selfcare.nuisance.NuisanceList;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.NumberEditPage;
import jp.selfcare.web.settings.NumberSearchFields;
import org.primefaces.model.LazyDataModel;

/**
 * 迷惑電話お断り: search → select → the list with this and last month's rejections; 追加 puts a number in
 * the pending list, 選択 marks an entry for removal, and nothing changes until 設定 (after 確認).
 */
@Named
@ViewScoped
public class NuisancePage extends NumberEditPage<NuisanceBlocking.View, Row> {

  private static final long serialVersionUID = 1L;

  private final NumberSearchFields search = new NumberSearchFields();

  /** A line of the list: registered (with its date-time) or pending, maybe marked for removal. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String number;
    private final Instant registeredAt;
    private boolean remove;

    Line(String number, Instant registeredAt) {
      this.number = number;
      this.registeredAt = registeredAt;
    }

    public String getNumber() {
      return number;
    }

    public Instant getRegisteredAt() {
      return registeredAt;
    }

    public boolean isPending() {
      return registeredAt == null;
    }

    public boolean isRemove() {
      return remove;
    }

    public void setRemove(boolean remove) {
      this.remove = remove;
    }
  }

  @EJB private NuisanceBlocking nuisance;

  private List<Line> lines = new ArrayList<>();
  private String added;

  @PostConstruct
  void start() {
    if (isNumberUser()) {
      List<Row> own = nuisance.page(NumberConditions.ANY, 0, 1);
      if (!own.isEmpty()) {
        select(own.get(0).ipNumberId());
      }
    }
  }

  @Override
  protected LazyDataModel<Row> rows() {
    NumberConditions conditions = search.conditions();
    return PagedRows.of(conditions, nuisance::count, nuisance::page, row -> row.ipNumberId());
  }

  @Override
  protected NuisanceBlocking.View open(long ipNumberId) {
    return nuisance.open(ipNumberId);
  }

  @Override
  protected void edit(NuisanceBlocking.View view) {
    lines = new ArrayList<>();
    view.entries().forEach(e -> lines.add(new Line(e.blockedNumber(), e.registeredAt())));
    added = null;
  }

  /** 追加: the typed number joins the pending list (checked at once; 設定 checks again). */
  public void add() {
    Optional<Kind> problem = BlockedNumberRules.problem(added);
    if (problem.isPresent()) {
      Messages.error("nuisance.problem." + problem.get().name(), added == null ? "" : added);
      return;
    }
    List<String> after = new ArrayList<>(kept());
    after.add(added.strip());
    List<Problem> problems = NuisanceList.check(after);
    if (!problems.isEmpty()) {
      show(problems, after);
      return;
    }
    lines.add(new Line(added.strip(), null));
    added = null;
  }

  /** 確認: the list as it will be after 設定. */
  @Override
  protected boolean check(NuisanceBlocking.View view) {
    List<String> after = kept();
    List<Problem> problems = NuisanceList.check(after);
    show(problems, after);
    return problems.isEmpty();
  }

  @Override
  protected boolean store(NuisanceBlocking.View view) {
    List<String> after = kept();
    NuisanceBlocking.Outcome outcome = nuisance.apply(view.ipNumberId(), after);
    show(outcome.problems(), after);
    return outcome.accepted();
  }

  /** The numbers that remain after 設定: every line not marked for removal. */
  public List<String> kept() {
    return lines.stream().filter(l -> !l.isRemove()).map(Line::getNumber).toList();
  }

  private static void show(List<Problem> problems, List<String> typed) {
    problems.forEach(
        p ->
            Messages.error(
                "nuisance.problem." + p.kind().name(),
                p.index() < 0 ? BlockedNumberRules.MAX_ENTRIES : typed.get(p.index())));
  }

  public int getMaxEntries() {
    return BlockedNumberRules.MAX_ENTRIES;
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getAdded() {
    return added;
  }

  public void setAdded(String added) {
    this.added = added;
  }

  public NumberSearchFields getSearch() {
    return search;
  }
}
