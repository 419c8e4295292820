package jp.selfcare.batch;

import java.util.Properties;
import jp.selfcare.access.SettingsRole;

/**
 * The scope of the login that started a job, as the job parameters its steps read: the customer,
 * the role and the voice group, site or number id the role is bound to (-1: none). A step checks
 * and searches within it exactly as the services do for the login.
 */
public final class JobScope {

  public static final String CUSTOMER_ID = "customerId";
  public static final String ROLE = "role";
  public static final String SCOPE_ID = "scopeId";

  private JobScope() {}

  /** Writes the scope into a job's parameters. */
  public static void write(
      Properties parameters, long customerId, SettingsRole role, Long scopeId) {
    parameters.setProperty(CUSTOMER_ID, Long.toString(customerId));
    parameters.setProperty(ROLE, role.name());
    parameters.setProperty(SCOPE_ID, scopeId == null ? "-1" : scopeId.toString());
  }
}
