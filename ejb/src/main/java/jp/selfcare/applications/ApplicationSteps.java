package jp.selfcare.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.selfcare.persistence.SqlValues;

/** The progress of applications, step by step: who moved which application where, and when. */
@ApplicationScoped
class ApplicationSteps {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** Moves the application to a state and records the step; returns when it happened. */
  Instant move(ContractApplication application, ApplicationState state, String by, String note) {
    Instant now = clock.instant();
    application.moveTo(state, now);
    em.flush();
    em.createNativeQuery(
            "INSERT INTO application_step (application_id, state, stepped_at, by_account, note)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, application.id())
        .setParameter(2, state.name())
        .setParameter(3, now)
        .setParameter(4, by)
        .setParameter(5, note == null || note.isBlank() ? null : note.strip())
        .executeUpdate();
    return now;
  }

  @SuppressWarnings("unchecked")
  List<ApplicationStep> of(long applicationId) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT state, stepped_at, by_account, note FROM application_step"
                        + " WHERE application_id = ?1 ORDER BY stepped_at, state")
                .setParameter(1, applicationId)
                .getResultList())
        .stream()
            .map(
                r ->
                    new ApplicationStep(
                        ApplicationState.valueOf((String) r[0]),
                        SqlValues.instant(r[1]),
                        (String) r[2],
                        (String) r[3]))
            .toList();
  }
}
