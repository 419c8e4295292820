package jp.selfcare.web.provisioning;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.selfcare.provisioning.OrderImports;
import jp.selfcare.web.files.Downloads;

/**
 * An import's result file (/operator/orders/result?import=id) for the operators: the CSV the job
 * kept with the import, so any node serves it. 404 while the import runs or for an unknown id.
 */
@WebServlet("/operator/orders/result")
public class OrderResultServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private OrderImports imports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.sendResult(
        response,
        request.getParameter("import"),
        imports::result,
        id -> imports.byId(id).map(i -> i.fileName()).orElse("orders"));
  }
}
