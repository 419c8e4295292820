package jp.selfcare.web.files;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;

/**
 * Streams a stored result file: {@code /files/<id>}. The content comes from the database, so any
 * node serves any file. The store answers only for files of the caller's customer; anything else is
 * "not found".
 */
@WebServlet({"/files/*", "/settings/files/*"})
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
    response.setContentType(found.contentType());
    response.setContentLengthLong(found.sizeBytes());
    response.setHeader("Content-Disposition", disposition(found.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    store.copyContent(found.id(), response.getOutputStream());
  }

  private static Optional<Long> fileId(String pathInfo) {
    if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(pathInfo.substring(1)));
  }

  /** An ASCII fallback name plus the real (Japanese) name in RFC 5987 form. */
  private static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
