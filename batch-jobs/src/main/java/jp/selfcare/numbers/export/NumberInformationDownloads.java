package jp.selfcare.numbers.export;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.UnknownContractException;

/**
 * Starts number-information downloads and lists them with their files. Requesting only records the
 * operation and starts the job; the page returns at once and shows the state as it changes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NumberInformationDownloads {

  /** How many recent downloads of a contract the directory shows. */
  public static final int RECENT = 10;

  @PersistenceContext private EntityManager em;

  @EJB private OperationHistory history;

  @EJB private ResultFileStore files;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

  /** A download request with what is known of it so far. */
  public record Download(Operation operation, List<ResultFile> files) implements Serializable {}

  /**
   * Records the request for the calling portal user and starts the job.
   *
   * @return the operation id
   * @throws UnknownContractException when there is no IP Voice contract of that number
   */
  public long request(ContractNumber contractNumber, Locale language) {
    PortalSignIn me = caller.requirePortal();
    Contract contract = readableContract(contractNumber, me);
    long operationId =
        history.open(
            OperationType.NUMBER_INFORMATION_DOWNLOAD,
            contract.customer().id(),
            contractNumber.value(),
            me.loginId());
    Properties parameters = new Properties();
    parameters.setProperty(NumberInformationJob.OPERATION_ID, Long.toString(operationId));
    parameters.setProperty(NumberInformationJob.CONTRACT_NUMBER, contractNumber.value());
    parameters.setProperty(
        NumberInformationJob.LANGUAGE, "en".equals(language.getLanguage()) ? "en" : "ja");
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      history.attachJob(operationId, operator.start(NumberInformationJob.NAME, parameters));
    } catch (RuntimeException e) {
      history.finish(operationId, OperationState.FAILED, "job not started: " + e.getMessage());
      throw e;
    }
    return operationId;
  }

  /** The newest downloads of a contract, newest first, with their files once published. */
  public List<Download> recent(ContractNumber contractNumber) {
    Contract contract = readableContract(contractNumber, caller.requirePortal());
    return history
        .recent(
            contract.customer().id(),
            OperationType.NUMBER_INFORMATION_DOWNLOAD,
            contractNumber.value(),
            RECENT)
        .stream()
        .map(operation -> new Download(operation, files.filesOf(operation.id())))
        .toList();
  }

  /**
   * The contract, if it is an IP Voice contract the caller may read. Another customer's contract is
   * reported exactly like a missing one, so its existence does not leak.
   */
  private Contract readableContract(ContractNumber number, PortalSignIn me) {
    Contract contract = ipVoiceContract(number);
    if (contract.customer().id() != me.customerId() || !access.canRead(contract.id())) {
      throw new UnknownContractException(number, "IP Voice");
    }
    return contract;
  }

  private Contract ipVoiceContract(ContractNumber number) {
    List<Contract> found =
        em.createQuery(
                "select c from Contract c join fetch c.customer where c.number = :n",
                Contract.class)
            .setParameter("n", number)
            .getResultList();
    if (found.isEmpty() || found.get(0).service() != ServiceType.IP_VOICE) {
      throw new UnknownContractException(number, "IP Voice");
    }
    return found.get(0);
  }
}
