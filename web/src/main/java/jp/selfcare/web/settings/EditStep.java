package jp.selfcare.web.settings;

/**
 * Where the user is in a settings screen's flow (spec 30-settings-site.md: search → select → edit →
 * confirm → accepted). A number user starts at EDIT on its own number.
 */
public enum EditStep {
  SEARCH,
  EDIT,
  CONFIRM,
  DONE
}
