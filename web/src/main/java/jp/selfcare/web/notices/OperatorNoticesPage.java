package jp.selfcare.web.notices;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import jp.selfcare.notices.Notice;
import jp.selfcare.notices.NoticeKind;
import jp.selfcare.notices.NoticeRefused;
import jp.selfcare.notices.OperatorNotices;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;

/**
 * The operators' 工事・故障情報: publishing a notice (with the contracts it touches), ending its period,
 * and marking or clearing a contract's fault.
 */
@Named
@ViewScoped
public class OperatorNoticesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @EJB private OperatorNotices notices;

  private PagedRows<Notice> rows;
  private NoticeKind kind = NoticeKind.MAINTENANCE;
  private ServiceType service = ServiceType.IP_VOICE;
  private String title;
  private String body;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String contracts;
  private String faultContract;
  private String faultNote;

  public PagedRows<Notice> getRows() {
    if (rows == null) {
      rows = new PagedRows<>(notices::count, notices::recent, Notice::id);
    }
    return rows;
  }

  public void publish() {
    try {
      long id =
          notices.publish(
              kind,
              service,
              title,
              body,
              startsAt == null ? null : startsAt.atZone(JAPAN).toInstant(),
              endsAt == null ? null : endsAt.atZone(JAPAN).toInstant(),
              contracts == null
                  ? List.of()
                  : Arrays.stream(contracts.split("[\\s,、]+")).filter(s -> !s.isBlank()).toList());
      Messages.infoFor("publish:publishMessages", "operatorNotices.published", id);
      title = null;
      body = null;
      contracts = null;
      rows = null;
    } catch (NoticeRefused e) {
      Messages.errorsFor("publish:publishMessages", "notices.refused.", e.problems());
    }
  }

  public void end(Notice notice) {
    notices.end(notice.id());
    rows = null;
  }

  public void markFault() {
    try {
      notices.markFault(faultContract, faultNote);
      Messages.infoFor("faults:faultMessages", "operatorNotices.faultMarked", faultContract);
      faultContract = null;
      faultNote = null;
    } catch (NoticeRefused e) {
      Messages.errorsFor("faults:faultMessages", "notices.refused.", e.problems());
    }
  }

  public void clearFault(String contractNumber) {
    try {
      notices.clearFault(contractNumber);
      Messages.infoFor("faults:faultMessages", "operatorNotices.faultCleared", contractNumber);
    } catch (NoticeRefused e) {
      Messages.errorsFor("faults:faultMessages", "notices.refused.", e.problems());
    }
  }

  public List<OperatorNotices.Fault> getFaults() {
    return notices.faults(50);
  }

  public NoticeKind[] getKinds() {
    return NoticeKind.values();
  }

  public ServiceType[] getServices() {
    return ServiceType.values();
  }

  public NoticeKind getKind() {
    return kind;
  }

  public void setKind(NoticeKind kind) {
    this.kind = kind;
  }

  public ServiceType getService() {
    return service;
  }

  public void setService(ServiceType service) {
    this.service = service;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getContracts() {
    return contracts;
  }

  public void setContracts(String contracts) {
    this.contracts = contracts;
  }

  public String getFaultContract() {
    return faultContract;
  }

  public void setFaultContract(String faultContract) {
    this.faultContract = faultContract;
  }

  public String getFaultNote() {
    return faultNote;
  }

  public void setFaultNote(String faultNote) {
    this.faultNote = faultNote;
  }
}
