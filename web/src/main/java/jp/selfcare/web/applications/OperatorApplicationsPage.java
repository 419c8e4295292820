package jp.selfcare.web.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.applications.ApplicationRefused;
import jp.selfcare.applications.ApplicationRow;
import jp.selfcare.applications.OperatorApplications;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;

/**
 * The operators' 工事日指定 list: the open applications by work date, arranged, completed (which applies
 * the change they carry) or cancelled, each with a note.
 */
@Named
@ViewScoped
public class OperatorApplicationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OperatorApplications applications;

  private PagedRows<ApplicationRow> rows;
  private String note;

  public PagedRows<ApplicationRow> getRows() {
    if (rows == null) {
      rows = new PagedRows<>(applications::openCount, applications::open, ApplicationRow::id);
    }
    return rows;
  }

  public void arrange(ApplicationRow row) {
    move(row, () -> applications.arrange(row.id(), note), "operatorApplications.arranged");
  }

  public void complete(ApplicationRow row) {
    move(row, () -> applications.complete(row.id(), note), "operatorApplications.completed");
  }

  public void cancel(ApplicationRow row) {
    move(row, () -> applications.cancel(row.id(), note), "operatorApplications.cancelled");
  }

  private void move(ApplicationRow row, Runnable step, String done) {
    try {
      step.run();
      Messages.info(done, row.id(), row.contractNumber());
      note = null;
      rows = null;
    } catch (ApplicationRefused e) {
      Messages.errors("applications.refused.", e.problems());
    }
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
