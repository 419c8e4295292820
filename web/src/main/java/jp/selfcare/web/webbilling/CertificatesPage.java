package jp.selfcare.web.webbilling;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;
import jp.selfcare.history.OperationType;

/** 料金支払証明書 / ご利用料金証明書 (/billing/certificates.xhtml): a period → 申し込む → the PDF listed. */
@Named
@ViewScoped
public class CertificatesPage extends DocumentsPage {

  private static final long serialVersionUID = 1L;

  private OperationType certificate = OperationType.USAGE_CERTIFICATE;

  @Override
  protected Set<OperationType> kinds() {
    return EnumSet.of(OperationType.PAYMENT_CERTIFICATE, OperationType.USAGE_CERTIFICATE);
  }

  @Override
  protected OperationType kind() {
    return certificate;
  }

  public OperationType getCertificate() {
    return certificate;
  }

  public void setCertificate(OperationType certificate) {
    this.certificate = certificate;
  }
}
