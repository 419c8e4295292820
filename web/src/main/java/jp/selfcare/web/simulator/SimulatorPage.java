package jp.selfcare.web.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.forwarding.ForwardingSearch;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.routing.Check;
import jp.selfcare.routing.Decided;
import jp.selfcare.routing.IncomingDecision;
import jp.selfcare.routing.Presentation;
import jp.selfcare.simulator.CallSimulator;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.SettingsSession;

/**
 * 着信シミュレーション: the called number (a number user: its own), the caller (number / 非通知 / 公衆電話 / 表示圏外)
 * and a date-time → the decision and every rule checked, the deciding one marked.
 */
@Named
@ViewScoped
public class SimulatorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CallSimulator simulator;

  @EJB private ForwardingSearch search;

  @Inject private SettingsSession session;

  private String called;
  private Presentation presentation = Presentation.NUMBER;
  private String caller;
  private LocalDateTime at =
      LocalDateTime.now(ZoneId.of("Asia/Tokyo")).truncatedTo(ChronoUnit.MINUTES);
  private Decided<IncomingDecision> result;

  @PostConstruct
  void start() {
    if (isNumberUser()) {
      List<ForwardingSearch.Row> own =
          search.page(new ForwardingSearch.Query(null, null, null), 0, 1);
      if (!own.isEmpty()) {
        called = own.get(0).number();
      }
    }
  }

  /** 判定. */
  public void decide() {
    try {
      result = simulator.simulate(called, caller, presentation, at);
    } catch (NotAllowedException e) {
      result = null;
      Messages.error("simulator.notAllowed", called == null ? "" : called);
    }
  }

  /** The decision in words. */
  public String getSummary() {
    if (result == null) {
      return "";
    }
    IncomingDecision d = result.decision();
    return switch (d.action()) {
      case REJECT -> Messages.text("simulator.reject." + d.reason().name());
      case FORWARD ->
          Messages.text("simulator.forward." + d.reason().name(), destination(d.destination()));
      case RING ->
          Messages.text("simulator.ring", String.join(" → ", d.targets()))
              + (d.onBusy() == null
                  ? ""
                  : " / " + Messages.text("forwarding.busy") + ": " + destination(d.onBusy()))
              + (d.onNoAnswer() == null
                  ? ""
                  : " / "
                      + Messages.text("forwarding.noAnswer")
                      + " ("
                      + d.ringSeconds()
                      + "s): "
                      + destination(d.onNoAnswer()))
              + (d.onUnreachable() == null
                  ? ""
                  : " / "
                      + Messages.text("forwarding.unreachable")
                      + ": "
                      + destination(d.onUnreachable()));
      default -> Messages.text("simulator.notInService");
    };
  }

  private static String destination(String d) {
    return IncomingDecision.VOICEMAIL.equals(d) ? Messages.text("forwarding.target.VOICEMAIL") : d;
  }

  public List<Check> getChecks() {
    return result == null ? List.of() : result.checks();
  }

  public Presentation[] getPresentations() {
    return Presentation.values();
  }

  public boolean isNumberUser() {
    return session.getRole() == SettingsRole.NUMBER_USER;
  }

  public boolean isDecided() {
    return result != null;
  }

  public String getCalled() {
    return called;
  }

  public void setCalled(String called) {
    if (!isNumberUser()) {
      this.called = called;
    }
  }

  public Presentation getPresentation() {
    return presentation;
  }

  public void setPresentation(Presentation presentation) {
    this.presentation = presentation;
  }

  public String getCaller() {
    return caller;
  }

  public void setCaller(String caller) {
    this.caller = caller;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public void setAt(LocalDateTime at) {
    this.at = at;
  }
}
