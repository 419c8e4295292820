package jp.selfcare.web.webbilling;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import jp.selfcare.webbilling.BillingSignIn;
import jp.selfcare.webbilling.SecretQuestion;

/**
 * The Web Billing login state of this browser session: the ticket and question of the secret-
 * question step, then the completed login. Set only from service results, never from request
 * parameters.
 */
@Named
@SessionScoped
public class BillingSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ticket;
  private SecretQuestion question;
  private BillingSignIn signIn;

  void ask(String nextTicket, SecretQuestion asked) {
    this.signIn = null;
    this.ticket = nextTicket;
    this.question = asked;
  }

  void complete(BillingSignIn completed) {
    this.ticket = null;
    this.question = null;
    this.signIn = completed;
  }

  /** The same login as re-checked on this request, or after its own change of login data. */
  void refresh(BillingSignIn current) {
    this.signIn = current;
  }

  void end() {
    this.ticket = null;
    this.question = null;
    this.signIn = null;
  }

  String ticket() {
    return ticket;
  }

  BillingSignIn signIn() {
    return signIn;
  }

  public boolean isLoggedIn() {
    return signIn != null;
  }

  /** The secret question is being asked. */
  public boolean isQuestionAsked() {
    return ticket != null && question != null;
  }

  public SecretQuestion getQuestion() {
    return question;
  }

  public String getName() {
    return signIn == null ? null : signIn.name();
  }

  /** 前回ログイン日時 (null on the first login). */
  public Instant getPreviousLogin() {
    return signIn == null ? null : signIn.previousLogin();
  }
}
