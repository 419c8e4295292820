package jp.selfcare.web.mobile;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.mobile.MobileUsers;
import jp.selfcare.mobile.MobileUsers.Change;
import jp.selfcare.mobile.MobileUsers.Filter;
import jp.selfcare.mobile.MobileUsers.NameMatch;
import jp.selfcare.mobile.MobileUsers.NewUser;
import jp.selfcare.mobile.MobileUsers.Row;
import jp.selfcare.web.i18n.Messages;

/**
 * 利用者の新規登録・削除・照会: 15 empty rows registered with 登録 (after OK in the confirmation), and the search
 * (登録電話番号 exact, 利用者名 with its match, 現用/削除) whose result page of 15 can be edited (name, 国際発信規制,
 * 削除) and registered the same way.
 */
@Named
@ViewScoped
public class MobileUsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A row being typed or edited. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String registered;
    private final boolean deletable;
    private final boolean current;
    private String name = "";
    private String number = "";
    private boolean restricted;
    private boolean delete;

    Line() {
      this(null, "", false, true);
    }

    Line(Long id, String registered, boolean deletable, boolean current) {
      this.id = id;
      this.registered = registered;
      this.deletable = deletable;
      this.current = current;
    }

    boolean blank() {
      return name.isBlank() && number.isBlank();
    }

    public Long getId() {
      return id;
    }

    public String getRegistered() {
      return registered;
    }

    public boolean isDeletable() {
      return deletable;
    }

    public boolean isCurrent() {
      return current;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name == null ? "" : name;
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String number) {
      this.number = number == null ? "" : number;
    }

    public boolean isRestricted() {
      return restricted;
    }

    public void setRestricted(boolean restricted) {
      this.restricted = restricted;
    }

    public boolean isDelete() {
      return delete;
    }

    public void setDelete(boolean delete) {
      this.delete = delete;
    }
  }

  @EJB private MobileUsers users;

  private List<Line> fresh = emptyPage();
  private String number;
  private String name;
  private NameMatch match = NameMatch.PARTIAL;
  private Filter filter = Filter.CURRENT;
  private List<Line> found = new ArrayList<>();
  private long total;
  private int first;
  private boolean searched;

  private static List<Line> emptyPage() {
    List<Line> page = new ArrayList<>();
    for (int i = 0; i < MobileUsers.PAGE; i++) {
      page.add(new Line());
    }
    return page;
  }

  /** 登録 of the new rows (blank rows are skipped). */
  public void register() {
    List<Line> typed = fresh.stream().filter(l -> !l.blank()).toList();
    if (typed.isEmpty()) {
      Messages.error("mobile.nothingTyped");
      return;
    }
    MobileUsers.Outcome outcome =
        users.register(
            typed.stream().map(l -> new NewUser(l.name, l.number, l.restricted)).toList());
    if (show(outcome, typed)) {
      Messages.info("mobile.registered", outcome.applied());
      fresh = emptyPage();
      if (searched) {
        load();
      }
    }
  }

  /** 検索. */
  public void search() {
    first = 0;
    searched = true;
    load();
  }

  public void next() {
    if (first + MobileUsers.PAGE < total) {
      first += MobileUsers.PAGE;
      load();
    }
  }

  public void previous() {
    first = Math.max(0, first - MobileUsers.PAGE);
    load();
  }

  /** 登録 on the result page: changed names, restrictions and 削除 of current users. */
  public void apply() {
    List<Line> current = found.stream().filter(Line::isCurrent).toList();
    MobileUsers.Outcome outcome =
        users.change(
            current.stream().map(l -> new Change(l.id, l.name, l.restricted, l.delete)).toList());
    if (show(outcome, current)) {
      Messages.info("mobile.changed", outcome.applied());
      load();
    }
  }

  private void load() {
    MobileUsers.Query query = new MobileUsers.Query(number, name, match, filter);
    total = users.count(query);
    found = new ArrayList<>();
    for (Row r : users.page(query, first, MobileUsers.PAGE)) {
      Line l =
          new Line(
              r.id(),
              r.registeredOn() + (r.deletedOn() == null ? "" : " → " + r.deletedOn()),
              r.deletable(),
              r.deletedOn() == null);
      l.name = r.name();
      l.number = r.number();
      l.restricted = r.internationalRestricted();
      found.add(l);
    }
  }

  private static boolean show(MobileUsers.Outcome outcome, List<Line> lines) {
    outcome
        .problems()
        .forEach(
            p ->
                Messages.error(
                    "mobile.problem." + p.kind().name(),
                    p.row() < 0 ? MobileUsers.PAGE : lines.get(p.row()).number));
    return outcome.accepted();
  }

  public NameMatch[] getMatches() {
    return NameMatch.values();
  }

  public Filter[] getFilters() {
    return Filter.values();
  }

  public List<Line> getFresh() {
    return fresh;
  }

  public List<Line> getFound() {
    return found;
  }

  public long getTotal() {
    return total;
  }

  public int getFirst() {
    return first;
  }

  public boolean isSearched() {
    return searched;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public NameMatch getMatch() {
    return match;
  }

  public void setMatch(NameMatch match) {
    this.match = match;
  }

  public Filter getFilter() {
    return filter;
  }

  public void setFilter(Filter filter) {
    this.filter = filter;
  }
}
