package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.history.UserJobs;
import jp.selfcare.pdf.PdfFont;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 料金支払証明書 / ご利用料金証明書 for a period and 連絡請求書 of a month (60-web-billing.md): the member applies, a
 * job ({@value UserJobs#MEMBER_DOCUMENT}) renders the PDF from the final bills the member may read
 * at that moment and stores it with the history entry, and the member downloads it from the list.
 * The entries are the member's own (account {@code member:<id>}), so only its login lists and
 * downloads them.
 */
@Stateless
@PermitAll
public class MemberDocuments {

  /** The longest period a certificate covers. */
  public static final int MAX_MONTHS = 12;

  /** How many recent documents of a kind the list shows. */
  public static final int RECENT = 10;

  /** Job parameters besides the operation id. */
  public static final String KIND = "kind";

  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String MEMBER = "member";
  public static final String LANGUAGE = "language";

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Inject private Members members;

  @Inject private Clock clock;

  @Inject private BillQueries bills;

  @EJB private OperationHistory history;

  @EJB private ResultFileStore files;

  @Inject private PdfFont font;

  @Inject
  @ConfigProperty(name = "selfcare.billing.issuer", defaultValue = "IP音声サービス 料金センター")
  String issuer;

  /** A requested document with its file once the job stored it. */
  public record Download(Operation operation, List<ResultFile> files) implements Serializable {}

  /** The documents a member may apply for. */
  public static final Set<OperationType> KINDS =
      EnumSet.of(
          OperationType.PAYMENT_CERTIFICATE,
          OperationType.USAGE_CERTIFICATE,
          OperationType.INVOICE_DOWNLOAD);

  /**
   * Applies for a document of the months {@code from} to {@code to} (an invoice: one month).
   *
   * @return the history entry's id
   * @throws MemberRefused naming what is wrong with the period; nothing is started
   */
  public long request(OperationType kind, YearMonth from, YearMonth to, Locale language) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("not a member document: " + kind);
    }
    BillingMember m = members.me();
    YearMonth last = kind == OperationType.INVOICE_DOWNLOAD ? from : to;
    if (from == null || last == null) {
      throw MemberRefused.of(MemberProblem.PERIOD_MISSING);
    }
    if (last.isBefore(from)) {
      throw MemberRefused.of(MemberProblem.PERIOD_REVERSED);
    }
    if (from.plusMonths(MAX_MONTHS - 1L).isBefore(last)) {
      throw MemberRefused.of(MemberProblem.PERIOD_TOO_LONG);
    }
    List<MemberBills.MemberBill> found = bills.bills(m.id(), from, last);
    if (found.isEmpty()) {
      throw MemberRefused.of(MemberProblem.NO_BILLS);
    }
    if (kind == OperationType.PAYMENT_CERTIFICATE
        && found.stream().noneMatch(MemberBills.MemberBill::paid)) {
      throw MemberRefused.of(MemberProblem.NO_PAYMENTS);
    }
    String target = from.equals(last) ? from.toString() : from + ".." + last;
    long operationId = history.open(kind, m.customerId(), target, account(m.id()));
    Properties parameters = new Properties();
    parameters.setProperty(UserJobs.OPERATION_ID, Long.toString(operationId));
    parameters.setProperty(KIND, kind.name());
    parameters.setProperty(FROM, from.toString());
    parameters.setProperty(TO, last.toString());
    parameters.setProperty(MEMBER, Long.toString(m.id()));
    parameters.setProperty(LANGUAGE, "en".equals(language.getLanguage()) ? "en" : "ja");
    try {
      history.attachJob(
          operationId, BatchRuntime.getJobOperator().start(UserJobs.MEMBER_DOCUMENT, parameters));
    } catch (RuntimeException e) {
      history.finish(operationId, OperationState.FAILED, "job not started: " + e.getMessage());
      throw e;
    }
    return operationId;
  }

  /** The member's recent documents of the kinds, newest first. */
  public List<Download> recent(Set<OperationType> kinds) {
    BillingMember m = members.me();
    return kinds.stream()
        .flatMap(k -> history.recentOf(m.customerId(), k, account(m.id()), RECENT).stream())
        .sorted(Comparator.comparing(Operation::acceptedAt).reversed())
        .limit(RECENT)
        .map(o -> new Download(o, files.filesOf(o.id())))
        .toList();
  }

  /** A rendered document. */
  public record Rendered(String stem, byte[] pdf, int bills) {}

  /**
   * The job's rendering, from the scope recorded when the member applied (the job runs without a
   * login): the member's bills of the period as they are now.
   */
  public Rendered render(
      OperationType kind, long memberId, YearMonth from, YearMonth to, Locale language) {
    List<MemberBills.MemberBill> found = bills.bills(memberId, from, to);
    if (kind == OperationType.PAYMENT_CERTIFICATE) {
      found = found.stream().filter(MemberBills.MemberBill::paid).toList();
    }
    BillingMember m = members.byId(memberId);
    byte[] pdf =
        new MemberPdf(font.file(), font.name())
            .render(
                new MemberPdf.Content(
                    kind,
                    m.holderName(),
                    from,
                    to,
                    found,
                    LocalDate.now(clock.withZone(JAPAN)),
                    issuer),
                language);
    return new Rendered(
        java.util.ResourceBundle.getBundle("jp.selfcare.webbilling.documents", language)
                .getString("file." + kind.name())
            + "_"
            + (from.equals(to) ? from.toString() : from + "_" + to),
        pdf,
        found.size());
  }

  /** The history's account of a member's documents (stable across login ID changes). */
  public static String account(long memberId) {
    return "member:" + memberId;
  }
}
