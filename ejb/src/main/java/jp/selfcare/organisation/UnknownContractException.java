package jp.selfcare.organisation;

import jakarta.ejb.ApplicationException;

/**
 * No contract of the expected kind has this number. An application exception, so callers of an EJB
 * receive it as it is (not wrapped) and can tell the user.
 */
@ApplicationException(rollback = true)
public class UnknownContractException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ContractNumber number;

  public UnknownContractException(ContractNumber number, String expected) {
    super("no " + expected + " contract " + number);
    this.number = number;
  }

  public ContractNumber number() {
    return number;
  }
}
