package jp.selfcare.web.webbilling;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Set;
import jp.selfcare.history.OperationType;
import jp.selfcare.webbilling.MemberDocuments;

/**
 * 連絡請求書ダウンロード (/billing/invoices.xhtml): 申し込み (a month → 申し込む) and 一覧 (the invoices made, with
 * their files).
 */
@Named
@ViewScoped
public class InvoicesPage extends DocumentsPage {

  private static final long serialVersionUID = 1L;

  @Override
  protected Set<OperationType> kinds() {
    return MemberDocuments.KINDS;
  }

  @Override
  protected OperationType kind() {
    return OperationType.INVOICE_DOWNLOAD;
  }
}
