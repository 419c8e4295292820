package jp.selfcare.web.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.applications.ApplicationRefused;
import jp.selfcare.applications.ApplicationRow;
import jp.selfcare.applications.ApplicationStep;
import jp.selfcare.applications.ContractApplications;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;

/**
 * お申し込みの進捗: the applications of the contracts the user may read, newest first (optionally of one
 * service), each with its steps; a scheduled one not yet done can be cancelled.
 */
@Named
@ViewScoped
public class ProgressPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ContractApplications applications;

  private ServiceType service;
  private PagedRows<ApplicationRow> rows;
  private ApplicationRow shown;
  private List<ApplicationStep> steps = List.of();

  public PagedRows<ApplicationRow> getRows() {
    if (rows == null) {
      rows =
          PagedRows.of(
              service, applications::progressCount, applications::progress, ApplicationRow::id);
    }
    return rows;
  }

  public void show(ApplicationRow row) {
    shown = row;
    steps = applications.steps(row.id());
  }

  public void cancel(ApplicationRow row) {
    try {
      applications.cancel(row.id());
      Messages.info("progress.cancelled", row.id());
      rows = null;
    } catch (ApplicationRefused e) {
      Messages.errors("applications.refused.", e.problems());
    } catch (NotAllowedException e) {
      Messages.error("applications.notAllowed");
    }
  }

  public ServiceType getService() {
    return service;
  }

  public void setService(ServiceType service) {
    this.service = service;
  }

  public ApplicationRow getShown() {
    return shown;
  }

  public List<ApplicationStep> getSteps() {
    return steps;
  }
}
