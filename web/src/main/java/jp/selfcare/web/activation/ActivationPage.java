package jp.selfcare.web.activation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.activation.ActivationContent;
import jp.selfcare.activation.ActivationNotices;
import jp.selfcare.activation.ActivationRefused;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 開通案内: the notices of the contracts the user may read; for one of them the application password (a
 * one-time code is mailed), then the code, then the notice and its PDF download.
 */
@Named
@ViewScoped
public class ActivationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActivationNotices notices;

  private List<ActivationNotices.Listed> listed;
  private ActivationNotices.Listed chosen;
  private String password;
  private String code;
  private String sentTo;
  private ActivationContent content;

  public List<ActivationNotices.Listed> getListed() {
    if (listed == null) {
      listed = notices.list();
    }
    return listed;
  }

  public void choose(ActivationNotices.Listed notice) {
    chosen = notice;
    password = null;
    code = null;
    sentTo = null;
    content = null;
  }

  public void sendCode() {
    try {
      sentTo = notices.requestCode(chosen.id(), password);
      password = null;
    } catch (ActivationRefused e) {
      Messages.errors("activation.refused.", e.problems());
    } catch (NotAllowedException e) {
      Messages.error("activation.notAllowed");
    }
  }

  public void open() {
    try {
      content = notices.open(chosen.id(), code);
    } catch (ActivationRefused e) {
      Messages.errors("activation.refused.", e.problems());
    } catch (NotAllowedException e) {
      Messages.error("activation.notAllowed");
    }
  }

  /** The notice as PDF, for the code the user gave (checked again by the service). */
  public StreamedContent getPdf() {
    byte[] pdf = notices.pdf(chosen.id(), code);
    return DefaultStreamedContent.builder()
        .name("kaitsu-annai-" + content.contractNumber() + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  public ActivationNotices.Listed getChosen() {
    return chosen;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getSentTo() {
    return sentTo;
  }

  public ActivationContent getContent() {
    return content;
  }
}
