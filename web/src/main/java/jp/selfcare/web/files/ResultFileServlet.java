package jp.selfcare.web.files;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;

/**
 * Streams a stored result file: {@code /files/<id>}. The content comes from the database, so any
 * node serves any file. The store answers only for files of the caller's customer; anything else is
 * "not found".
 */
@WebServlet({"/files/*", "/settings/files/*", "/billing/files/*"})
public class ResultFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private ResultFileStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ResultFile> file = fileId(request.getPathInfo()).flatMap(store::visibleToCaller);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ResultFile found = file.get();
    Downloads.attach(response, found.fileName(), found.contentType());
    response.setContentLengthLong(found.sizeBytes());
    store.copyContent(found.id(), response.getOutputStream());
  }

  private static Optional<Long> fileId(String pathInfo) {
    if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(pathInfo.substring(1)));
  }
}
