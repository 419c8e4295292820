package jp.selfcare.billing.station;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.history.UserJobs;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;

/**
 * The Billing Station's CSV downloads: requesting one records the operation with the caller's scope
 * at that moment (their customer, and unless an administrator the contracts they may read) and
 * starts the job, which streams the rows into the result file; the page lists the caller's
 * downloads with their files.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StationDownloads {

  /** How many recent downloads of a kind a page lists. */
  public static final int RECENT = 10;

  /** Job parameters besides the operation id. */
  public static final String KIND = "kind";

  public static final String MONTH = "month";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String NUMBERS = "numbers";
  public static final String LANGUAGE = "language";
  public static final String CUSTOMER_ID = "customerId";

  /**
   * The contracts a user who is not an administrator may read (ids, comma-separated; empty: none),
   * {@value #ALL_CONTRACTS} for an administrator.
   */
  public static final String CONTRACTS = "contracts";

  public static final String ALL_CONTRACTS = "ALL";

  @EJB private OperationHistory history;

  @EJB private ResultFileStore files;

  @EJB private BillingStation station;

  @EJB private PortalAccess access;

  @Inject private Caller caller;

  /** A download with what is known of it so far. */
  public record Download(Operation operation, List<ResultFile> files) implements Serializable {}

  /**
   * 回線番号別明細 of a month as CSV.
   *
   * @return the operation id
   * @throws IllegalArgumentException for a month the customer has no bills of
   */
  public long requestLines(YearMonth month, Locale language) {
    if (!station.months().contains(month)) {
      throw new IllegalArgumentException("no bills of " + month);
    }
    Properties parameters = new Properties();
    parameters.setProperty(MONTH, month.toString());
    return start(OperationType.BILL_LINES_DOWNLOAD, month.toString(), parameters, language);
  }

  /**
   * 通話明細 (or, with {@code totals}, 発信元電話番号単位の集計) of a search as CSV.
   *
   * @return the operation id
   * @throws CallSearchRefused naming every rule the search breaks
   */
  public long requestCalls(CallSearch search, boolean totals, Locale language) {
    if (!search.problems().isEmpty()) {
      throw new CallSearchRefused(search.problems());
    }
    Properties parameters = new Properties();
    parameters.setProperty(FROM, search.from().toString());
    parameters.setProperty(TO, search.to().toString());
    parameters.setProperty(NUMBERS, String.join(",", search.numbers()));
    String target =
        search.from()
            + ".."
            + search.to()
            + (search.numbers().isEmpty() ? "" : " " + String.join(",", search.numbers()));
    return start(
        totals ? OperationType.CALLER_TOTALS_DOWNLOAD : OperationType.CALL_DETAILS_DOWNLOAD,
        target.length() > 200 ? target.substring(0, 200) : target,
        parameters,
        language);
  }

  /** The caller's downloads of a kind (an administrator's: the customer's), newest first. */
  public List<Download> recent(OperationType type) {
    PortalSignIn me = caller.requirePortal();
    return history
        .recentOf(me.customerId(), type, me.administrator() ? null : me.loginId(), RECENT)
        .stream()
        .map(operation -> new Download(operation, files.filesOf(operation.id())))
        .toList();
  }

  private long start(OperationType type, String target, Properties parameters, Locale language) {
    PortalSignIn me = caller.requirePortal();
    Set<Long> readable = me.administrator() ? null : access.readableContractIds();
    long operationId = history.open(type, me.customerId(), target, me.loginId());
    parameters.setProperty(UserJobs.OPERATION_ID, Long.toString(operationId));
    parameters.setProperty(KIND, type.name());
    parameters.setProperty(LANGUAGE, "en".equals(language.getLanguage()) ? "en" : "ja");
    parameters.setProperty(CUSTOMER_ID, Long.toString(me.customerId()));
    parameters.setProperty(
        CONTRACTS,
        readable == null
            ? ALL_CONTRACTS
            : readable.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
    try {
      history.attachJob(
          operationId, BatchRuntime.getJobOperator().start(UserJobs.BILLING_DOWNLOAD, parameters));
    } catch (RuntimeException e) {
      history.finish(operationId, OperationState.FAILED, "job not started: " + e.getMessage());
      throw e;
    }
    return operationId;
  }
}
