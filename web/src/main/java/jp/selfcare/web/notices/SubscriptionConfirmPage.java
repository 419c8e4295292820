package jp.selfcare.web.notices;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.selfcare.notices.NoticeSubscriptions;
import jp.selfcare.notices.SubscriptionRefused;
import jp.selfcare.organisation.ServiceType;

/** The provisional mail's link (?token=): confirms the address, or says why it cannot. */
@Named
@RequestScoped
public class SubscriptionConfirmPage {

  @EJB private NoticeSubscriptions subscriptions;

  private String token;
  private ServiceType confirmed;
  private String problem;

  public void open() {
    try {
      confirmed = subscriptions.confirm(token);
    } catch (SubscriptionRefused e) {
      problem = e.problems().iterator().next().name();
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public ServiceType getConfirmed() {
    return confirmed;
  }

  public String getProblem() {
    return problem;
  }
}
