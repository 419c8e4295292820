package jp.selfcare.organisation;

import java.util.List;

/** The services a customer may hold, as the portal's service menu groups them. */
public enum ServiceType {
  /** Arcstar IP Voice: the IP telephone numbers this platform configures. */
  IP_VOICE(ServiceClass.VOICE, "Arcstar IP Voice"),
  /** Arcstar Smart PBX (ひかりクラウドPBX). */
  SMART_PBX(ServiceClass.VOICE, "Arcstar Smart PBX", "ひかりクラウドPBX"),
  /** ビジネスモバイル: mobile users managed on the Web Settings Site. */
  BUSINESS_MOBILE(ServiceClass.MOBILE, "ビジネスモバイル", "Business Mobile"),
  /** Mobile Office Number Set: office numbers answered on mobile phones. */
  MOBILE_OFFICE(ServiceClass.MOBILE, "Mobile Office Number Set", "モバイル オフィス番号セット"),
  /** Universal One access lines. */
  UNIVERSAL_ONE(ServiceClass.NETWORK, "Universal One", "Arcstar Universal One");

  private final ServiceClass serviceClass;

  private final List<String> names;

  ServiceType(ServiceClass serviceClass, String... names) {
    this.serviceClass = serviceClass;
    this.names = List.of(names);
  }

  /** The group of the portal's service menu the service belongs to. */
  public ServiceClass serviceClass() {
    return serviceClass;
  }

  /**
   * The product names the service is known by, in either language: a keyword search finds a
   * contract by any of them.
   */
  public List<String> names() {
    return names;
  }
}
