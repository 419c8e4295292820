package jp.selfcare.web.provisioning;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
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
    String id = request.getParameter("import");
    Optional<byte[]> result =
        id != null && id.matches("\\d{1,18}")
            ? imports.result(Long.parseLong(id))
            : Optional.empty();
    if (result.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name =
        imports.byId(Long.parseLong(id)).map(i -> i.fileName()).orElse("orders") + ".result.csv";
    Downloads.attach(response, name, "text/csv; charset=UTF-8");
    response.setContentLength(result.get().length);
    response.getOutputStream().write(result.get());
  }
}
