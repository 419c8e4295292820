package jp.selfcare.web.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The headers of every file the application hands a browser to save: the type, the name (an ASCII
 * fallback plus the real, often Japanese, name in RFC 5987 form), and no sniffing or caching of
 * what is one customer's data.
 */
public final class Downloads {

  private Downloads() {}

  /** Marks the response as the file of that name and type, to be saved rather than shown. */
  public static void attach(HttpServletResponse response, String fileName, String contentType) {
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", disposition(fileName));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
  }

  /**
   * Sends an import's result file kept with the import (the operators' 結果 downloads; any node
   * serves it), or 404 when the id is not one or the import has none yet.
   */
  public static void sendResult(
      HttpServletResponse response,
      String id,
      LongFunction<Optional<byte[]>> result,
      LongFunction<String> fileName)
      throws IOException {
    Optional<byte[]> found =
        id != null && id.matches("\\d{1,18}") ? result.apply(Long.parseLong(id)) : Optional.empty();
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    attach(response, fileName.apply(Long.parseLong(id)) + ".result.csv", "text/csv; charset=UTF-8");
    response.setContentLength(found.get().length);
    response.getOutputStream().write(found.get());
  }

  static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
