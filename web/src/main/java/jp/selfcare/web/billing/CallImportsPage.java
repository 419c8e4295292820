package jp.selfcare.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import jp.selfcare.billing.calls.CallImport;
import jp.selfcare.billing.calls.CallProblemRow;
import jp.selfcare.billing.calls.CallRecordImports;
import jp.selfcare.billing.importing.CallFolderWatch;
import jp.selfcare.web.ImportNow;
import jp.selfcare.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * 通話明細取込 (/operator/call-imports.xhtml): the call-record folder, 今すぐ取込, the imports newest first
 * with their counts and, for the import chosen ({@code ?import=id}), each row refused or loaded
 * unbilled with every reason in the page's language. The container admits only the operator role;
 * the services check it again.
 */
@Named
@ViewScoped
public class CallImportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CallRecordImports imports;

  @EJB private CallFolderWatch folder;

  private LazyDataModel<CallImport> list;
  private CallImport chosen;
  private LazyDataModel<CallProblemRow> problems;

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
    if (ImportNow.run(folder, "callImports")) {
      list = null;
    }
  }

  public String getFolder() {
    return folder.folder();
  }

  public LazyDataModel<CallImport> getList() {
    if (list == null) {
      list = new PagedRows<>(imports::count, imports::recent, CallImport::id);
    }
    return list;
  }

  public LazyDataModel<CallProblemRow> getProblems() {
    if (problems == null && chosen != null) {
      long id = chosen.id();
      problems =
          new PagedRows<>(
              () -> imports.problemCount(id),
              (first, size) -> imports.problems(id, first, size),
              CallProblemRow::line);
    }
    return problems;
  }

  /** Every rule the row breaks, in the page's language. */
  public String reasonsOf(CallProblemRow row) {
    var language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return row.problems().stream().map(p -> p.message(language)).collect(Collectors.joining(" "));
  }

  public CallImport getChosen() {
    return chosen;
  }
}
