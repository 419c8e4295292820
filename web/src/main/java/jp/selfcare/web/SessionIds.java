package jp.selfcare.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A new session id at each step of a login (the password checked, the login completed), so an id
 * seen before the login never carries it (session fixation).
 */
public final class SessionIds {

  private SessionIds() {}

  /** The current Faces request's session, under a new id (created first if there is none). */
  public static void renew() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    request.getSession();
    request.changeSessionId();
  }
}
