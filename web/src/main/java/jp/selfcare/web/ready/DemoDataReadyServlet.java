package jp.selfcare.web.ready;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.selfcare.demo.DemoDataLoader;

/**
 * {@code GET /ready}: 200 once the demo data asked for is loaded (at once in production, which has
 * none), 503 while it is being imported. The demo data arrives just after the deployment started,
 * through the service-order import job, so the server's own readiness ({@code /health/ready}) is up
 * before it is there; the run command and the tests wait for this as well. (WildFly does not
 * register MicroProfile health checks of an EAR's modules, so it cannot join {@code
 * /health/ready}.)
 */
@WebServlet("/ready")
public class DemoDataReadyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private DemoDataLoader demo;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean loaded = demo.isLoaded();
    response.setStatus(
        loaded ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("text/plain; charset=UTF-8");
    response.getWriter().write(loaded ? "ready\n" : "loading the demo data\n");
  }
}
