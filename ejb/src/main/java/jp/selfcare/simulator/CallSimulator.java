package jp.selfcare.simulator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.routing.Decided;
import jp.selfcare.routing.IncomingCall;
import jp.selfcare.routing.IncomingDecision;
import jp.selfcare.routing.NumberSnapshot;
import jp.selfcare.routing.Presentation;
import jp.selfcare.routing.RoutingCache;

/**
 * The call-path simulator (着信シミュレーション): for a number in the login's scope, what the network would
 * do with a call from a caller at a date-time of the customer's time zone — computed by the same
 * decider as the API, against the live cache, with every rule checked in order. Nothing is counted
 * and no hunt group rotates.
 */
@Stateless
public class CallSimulator {

  @EJB private SettingsScope scope;

  @EJB private RoutingCache cache;

  @PersistenceContext private EntityManager em;

  /** The decision and its checks; the date-time is read in the number's customer's zone. */
  public Decided<IncomingDecision> simulate(
      String called, String caller, Presentation presentation, LocalDateTime at) {
    String digits = called == null ? "" : called.replace("-", "").strip();
    long ipNumberId =
        em.createQuery("select n.id from IpNumber n where n.number.digits = :d", Long.class)
            .setParameter("d", digits)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotAllowedException("unknown number " + digits));
    scope.requireNumber(SettingsFunction.CALL_SIMULATOR, ipNumberId);
    NumberSnapshot snapshot =
        cache.snapshot(digits).orElseThrow(() -> new NotAllowedException("not in the cache"));
    ZoneId zone = snapshot.zone();
    String from =
        presentation == Presentation.NUMBER && caller != null
            ? caller.replace("-", "").strip()
            : null;
    return cache.simulate(
        new IncomingCall(digits, from, presentation, at.atZone(zone).toInstant()));
  }
}
