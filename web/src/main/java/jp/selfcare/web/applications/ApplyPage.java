package jp.selfcare.web.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.selfcare.applications.ApplicationKind;
import jp.selfcare.applications.ApplicationRefused;
import jp.selfcare.applications.Change;
import jp.selfcare.applications.ContractApplications;
import jp.selfcare.applications.Work;
import jp.selfcare.calendar.BusinessDays;
import jp.selfcare.contracts.ContractDetail;
import jp.selfcare.contracts.ContractOverview;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.web.i18n.Messages;

/**
 * 契約内容変更の申込 for one contract (?contract=id, optionally &number=): the user picks 即時開通 or 工事日指定 and
 * the change, sees it with its monthly fee on the confirmation step, and applies. A refusal sends
 * them back to the input with every rule named.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The steps of the page. */
  public enum Step {
    INPUT,
    CONFIRM,
    DONE
  }

  @EJB private ContractApplications applications;

  @EJB private ContractOverview contracts;

  private long contract;
  private ContractDetail detail;
  private Step step = Step.INPUT;

  private ApplicationKind kind = ApplicationKind.IMMEDIATE;
  private Change.Action action = Change.Action.ADD_ADD_ON;
  private String number;
  private AddOn addOn;
  private String dialIn;
  private String serviceNumber;
  private Work work = Work.ADD_ONS;
  private LocalDate workDate;
  private String description;

  private LocalDate earliest;
  private List<LocalDate> holidays = List.of();
  private long applicationId;

  public void load() {
    detail = contracts.detail(contract).orElse(null);
    if (detail != null) {
      earliest = applications.earliestWorkDate();
      BusinessDays days = applications.businessDays();
      List<LocalDate> closed = new ArrayList<>();
      for (LocalDate d = earliest; d.isBefore(earliest.plusDays(366)); d = d.plusDays(1)) {
        if (!days.isBusinessDay(d)
            && d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          closed.add(d);
        }
      }
      holidays = closed;
    }
  }

  public void confirm() {
    step = Step.CONFIRM;
  }

  public void back() {
    step = Step.INPUT;
  }

  public void apply() {
    try {
      applicationId =
          kind == ApplicationKind.IMMEDIATE
              ? applications.applyImmediately(contract, change())
              : applications.applyScheduled(
                  contract, work, workDate, description, work.structured() ? change() : null);
      step = Step.DONE;
    } catch (ApplicationRefused e) {
      Messages.errors("applications.refused.", e.problems());
      step = Step.INPUT;
    } catch (NotAllowedException e) {
      Messages.error("applications.notAllowed");
      step = Step.INPUT;
    }
  }

  private Change change() {
    return new Change(
        action,
        action == Change.Action.REMOVE_DIAL_IN ? null : digits(number),
        action.onAddOn() ? addOn : null,
        action.onAddOn() ? null : digits(dialIn),
        blank(serviceNumber) ? null : digits(serviceNumber));
  }

  /** The add-ons the chosen kind and action offer. */
  public List<AddOn> getAddOns() {
    if (kind == ApplicationKind.SCHEDULED) {
      return List.of(AddOn.values());
    }
    return List.copyOf(
        action == Change.Action.ADD_ADD_ON
            ? ContractApplications.IMMEDIATE_ADD
            : ContractApplications.IMMEDIATE_REMOVE);
  }

  /** The monthly list price the change adds (positive) or ends (negative), for the confirmation. */
  public Integer getFeeChange() {
    if (!action.onAddOn() || addOn == null || addOn.monthlyFee() == 0) {
      return null;
    }
    return action == Change.Action.ADD_ADD_ON ? addOn.monthlyFee() : -addOn.monthlyFee();
  }

  public boolean isStructured() {
    return kind == ApplicationKind.IMMEDIATE || work.structured();
  }

  public ApplicationKind[] getKinds() {
    return ApplicationKind.values();
  }

  public Change.Action[] getActions() {
    return Change.Action.values();
  }

  public Work[] getWorks() {
    return Work.values();
  }

  /** Weekends, for the date picker to grey out (0 = Sunday, 6 = Saturday). */
  public List<Integer> getWeekend() {
    return List.of(0, 6);
  }

  private static String digits(String text) {
    return blank(text) ? null : text.replace("-", "").strip().toUpperCase(Locale.ROOT);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public long getContract() {
    return contract;
  }

  public void setContract(long contract) {
    this.contract = contract;
  }

  public ContractDetail getDetail() {
    return detail;
  }

  public Step getStep() {
    return step;
  }

  public ApplicationKind getKind() {
    return kind;
  }

  public void setKind(ApplicationKind kind) {
    this.kind = kind;
  }

  public Change.Action getAction() {
    return action;
  }

  public void setAction(Change.Action action) {
    this.action = action;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public AddOn getAddOn() {
    return addOn;
  }

  public void setAddOn(AddOn addOn) {
    this.addOn = addOn;
  }

  public String getDialIn() {
    return dialIn;
  }

  public void setDialIn(String dialIn) {
    this.dialIn = dialIn;
  }

  public String getServiceNumber() {
    return serviceNumber;
  }

  public void setServiceNumber(String serviceNumber) {
    this.serviceNumber = serviceNumber;
  }

  public Work getWork() {
    return work;
  }

  public void setWork(Work work) {
    this.work = work;
  }

  public LocalDate getWorkDate() {
    return workDate;
  }

  public void setWorkDate(LocalDate workDate) {
    this.workDate = workDate;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getEarliest() {
    return earliest;
  }

  public List<LocalDate> getHolidays() {
    return holidays;
  }

  public long getApplicationId() {
    return applicationId;
  }
}
