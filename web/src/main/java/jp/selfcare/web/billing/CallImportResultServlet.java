package jp.selfcare.web.billing;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.selfcare.billing.calls.CallRecordImports;
import jp.selfcare.web.files.Downloads;

/**
 * A call-record import's result file (/operator/call-imports/result?import=id) for the operators:
 * the CSV the job kept with the import, so any node serves it. 404 while the import runs or for an
 * unknown id.
 */
@WebServlet("/operator/call-imports/result")
public class CallImportResultServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CallRecordImports imports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.sendResult(
        response,
        request.getParameter("import"),
        imports::result,
        id -> imports.byId(id).map(i -> i.fileName()).orElse("calls"));
  }
}
