package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.identity.permission.UserGroups.VoiceGroupChoice;
import jp.selfcare.identity.settings.HandOffs;
import jp.selfcare.web.settings.HandOffKey;
import jp.selfcare.web.settings.HandOffServlet;

/**
 * 設定変更・契約変更一覧: the voice groups the user may edit with their representative contract, a keyword
 * filter, and "設定を変更する", which opens the Web Settings Site through a single-use hand-off bound to
 * this browser session. Opening the list changes nothing (even with one voice group the user
 * presses the button): a hand-off is issued only by that POST.
 */
@Named
@ViewScoped
public class SettingsChangePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HandOffs handOffs;

  private String keyword;
  private List<VoiceGroupChoice> groups;

  public void search() {
    groups = null;
  }

  /**
   * 設定を変更する: issues the token and forwards this same POST to the site's hand-off servlet, so the
   * token never appears in a URL, a history entry or a referrer.
   */
  public void open(String voiceGroupId) throws IOException {
    handOff(voiceGroupId, null);
  }

  /**
   * 一括転送 of a voice group a published fault touches (the dashboard's warning): the same hand-off,
   * landing on the settings site's 一括転送 page.
   */
  public void openBulk(String voiceGroupId) throws IOException {
    handOff(voiceGroupId, HandOffServlet.BULK);
  }

  private void handOff(String voiceGroupId, String next) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpSession session = (HttpSession) external.getSession(true);
    String token = handOffs.issue(voiceGroupId, HandOffKey.of(session));
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.setAttribute(HandOffServlet.TOKEN, token);
    if (next != null) {
      request.setAttribute(HandOffServlet.NEXT, next);
    }
    external.dispatch(HandOffServlet.PATH);
    faces.responseComplete();
  }

  /** Whether the user may hand off to the voice group (edits it as a whole). */
  public boolean mayOpen(String voiceGroupId) {
    return getGroups().stream().anyMatch(g -> g.voiceGroupId().equals(voiceGroupId));
  }

  public List<VoiceGroupChoice> getGroups() {
    if (groups == null) {
      groups = handOffs.editableVoiceGroups(keyword);
    }
    return groups;
  }

  public String getKeyword() {
    return keyword;
  }

  public void setKeyword(String keyword) {
    this.keyword = keyword;
  }
}
