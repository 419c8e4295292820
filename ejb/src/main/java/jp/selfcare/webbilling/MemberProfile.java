package jp.selfcare.webbilling;

import java.io.Serializable;
import java.time.Instant;

/**
 * 基本情報 ①–⑪ as the member reads it.
 *
 * @param state ①Webビリングご契約状況
 * @param registeredAt ②Webビリングご登録日
 * @param holderName ③お客様名: the holder (契約名義) of the registered lines
 * @param contactPhone ④日中のご連絡先電話番号 (null: none)
 * @param contactMail ⑥連絡先メールアドレス (⑤: whether one is registered)
 * @param lines ⑦ the number of target lines
 * @param secretAuth ⑧秘密の質問による認証
 * @param dAccountLinked ⑨dアカウント連携登録有無
 * @param loginId ⑩ the current login ID
 * @param question the member's secret question
 * @param billMail whether ご請求額お知らせメール is on
 * @param billMailAddress where it goes (null: the contact address)
 */
public record MemberProfile(
    MemberState state,
    Instant registeredAt,
    String name,
    String holderName,
    String contactPhone,
    String contactMail,
    int lines,
    boolean secretAuth,
    boolean dAccountLinked,
    String loginId,
    SecretQuestion question,
    boolean billMail,
    String billMailAddress)
    implements Serializable {

  /** ⑤連絡先メールアドレス登録有無. */
  public boolean hasContactMail() {
    return contactMail != null && !contactMail.isBlank();
  }
}
