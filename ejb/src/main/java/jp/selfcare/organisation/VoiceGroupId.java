package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/**
 * 音声グループID: "Y" followed by digits, e.g. Y15000001. The manuals show eight digits but do not fix
 * the length; up to fifteen are accepted.
 */
@Embeddable
public record VoiceGroupId(@Column(name = "voice_group_code", length = 16) String value) {

  private static final Pattern FORMAT = Pattern.compile("Y\\d{1,15}");

  public VoiceGroupId {
    Identifiers.require(FORMAT, value, "voice group ID", "Y + digits");
  }

  @Override
  public String toString() {
    return value;
  }
}
