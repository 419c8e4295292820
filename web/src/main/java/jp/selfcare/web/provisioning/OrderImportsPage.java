package jp.selfcare.web.provisioning;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.provisioning.LineOutcome;
import jp.selfcare.provisioning.OrderImports;
import jp.selfcare.provisioning.OrderImports.Import;
import jp.selfcare.provisioning.importing.OrderFolderWatch;
import jp.selfcare.web.ImportNow;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.LazyDataModel;

/**
 * 受注取込 (/operator/orders.xhtml): the import folder, 今すぐ取込, the imports newest first and, for the
 * import chosen ({@code ?import=id}), each line's outcome with its reason in the page's language.
 * The container admits only the operator role; the services check it again.
 */
@Named
@ViewScoped
public class OrderImportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrderImports imports;

  @EJB private OrderFolderWatch folder;

  private LazyDataModel<Import> list;
  private Import chosen;
  private boolean refusedOnly;
  private LazyDataModel<LineOutcome> lines;

  @PostConstruct
  void start() {
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("import");
    if (id != null && id.matches("\\d{1,18}")) {
      chosen = imports.byId(Long.parseLong(id)).orElse(null);
    }
  }

  /** 今すぐ取込: every file waiting in the folder is started now. */
  public void importNow() {
    if (ImportNow.run(folder, "orders")) {
      list = null;
    }
  }

  /** 絞り込み of the lines. */
  public void filter() {
    lines = null;
  }

  public String getFolder() {
    return folder.folder();
  }

  public LazyDataModel<Import> getList() {
    if (list == null) {
      list = new PagedRows<>(imports::count, imports::recent, Import::id);
    }
    return list;
  }

  public LazyDataModel<LineOutcome> getLines() {
    if (lines == null && chosen != null) {
      long id = chosen.id();
      boolean refused = refusedOnly;
      lines =
          new PagedRows<>(
              () -> imports.lineCount(id, refused),
              (first, size) -> imports.lines(id, refused, first, size),
              LineOutcome::line);
    }
    return lines;
  }

  /** The line's reason (or where a skipped order was applied) in the page's language. */
  public String reasonOf(LineOutcome line) {
    if (line.reason() != null) {
      return line.reason()
          .message(FacesContext.getCurrentInstance().getViewRoot().getLocale(), line.detail());
    }
    return line.outcome() == LineOutcome.Outcome.SKIPPED
        ? Messages.text("orders.appliedBefore", line.detail())
        : "";
  }

  public Import getChosen() {
    return chosen;
  }

  public boolean isRefusedOnly() {
    return refusedOnly;
  }

  public void setRefusedOnly(boolean refusedOnly) {
    this.refusedOnly = refusedOnly;
  }
}
