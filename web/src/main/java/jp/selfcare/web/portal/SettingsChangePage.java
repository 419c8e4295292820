package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.selfcare.identity.permission.UserGroups.VoiceGroupChoice;
import jp.selfcare.identity.settings.HandOffs;

/**
 * 設定変更・契約変更一覧: the voice groups the user may edit with their representative contract, a keyword
 * filter, and "設定を変更する", which opens the Web Settings Site through a single-use hand-off. With
 * exactly one editable voice group the page goes there at once.
 */
@Named
@ViewScoped
public class SettingsChangePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HandOffs handOffs;

  private String keyword;
  private List<VoiceGroupChoice> groups;

  /** On opening: straight to the site when only one voice group is editable. */
  public void onOpen() throws IOException {
    List<VoiceGroupChoice> all = getGroups();
    if (all.size() == 1 && (keyword == null || keyword.isBlank())) {
      open(all.get(0).voiceGroupId());
    }
  }

  public void search() {
    groups = null;
  }

  /** 設定を変更する. */
  public void open(String voiceGroupId) throws IOException {
    String token = handOffs.issue(voiceGroupId);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/settings/handoff?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8));
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
