package jp.selfcare.organisation;

/** The services a customer may hold, as the portal's service menu groups them. */
public enum ServiceType {
  /** Arcstar IP Voice: the IP telephone numbers this platform configures. */
  IP_VOICE,
  /** Arcstar Smart PBX (ひかりクラウドPBX). */
  SMART_PBX,
  /** ビジネスモバイル: mobile users managed on the Web Settings Site. */
  BUSINESS_MOBILE,
  /** Mobile Office Number Set. */
  MOBILE_OFFICE,
  /** Universal One access lines. */
  UNIVERSAL_ONE
}
