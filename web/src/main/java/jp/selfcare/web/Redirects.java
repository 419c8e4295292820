package jp.selfcare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser to another page from a filter: a plain redirect, or for a PrimeFaces AJAX
 * request the partial response that makes Faces' script navigate (an HTTP redirect there would be
 * followed by the XHR itself and the page would not change).
 */
public final class Redirects {

  private Redirects() {}

  /** Redirects to {@code path} within the application. */
  public static void to(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    String url = request.getContextPath() + path;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(url);
  }
}
