package jp.selfcare.notices;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.selfcare.organisation.ServiceType;

/**
 * A notice as the customer's list shows it.
 *
 * @param affected the customer's own contracts the notice touches ("N… site"), empty when it names
 *     none of theirs
 * @param read whether the user has opened it
 */
public record NoticeView(
    long id,
    NoticeKind kind,
    ServiceType service,
    String title,
    String body,
    Instant startsAt,
    Instant endsAt,
    Instant publishedAt,
    List<Affected> affected,
    boolean read)
    implements Serializable {

  public NoticeView {
    affected = List.copyOf(affected);
  }

  /** One of the customer's contracts a notice touches, with its site and voice group. */
  public record Affected(String contractNumber, String siteId, String siteName, String voiceGroupId)
      implements Serializable {}
}
