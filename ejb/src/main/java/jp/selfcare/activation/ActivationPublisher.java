package jp.selfcare.activation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.organisation.Contract;

/** Publishes a contract's activation notice, in the caller's transaction (the order's). */
@ApplicationScoped
public class ActivationPublisher {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** The notice of a contract that opened, opened later by the application password. */
  public void publish(Contract contract, String applicationPassword, String address) {
    em.persist(
        new ActivationNotice(
            contract.customer().id(),
            contract.id(),
            contract.number().value(),
            PasswordHasher.DEFAULT.hash(applicationPassword),
            address,
            clock.instant()));
  }
}
