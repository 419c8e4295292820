package jp.selfcare.demo;

/**
 * The demo logins the run command prints. Demo data only: production never loads them (the {@code
 * selfcare.demo} property is never set there).
 */
public final class DemoLogins {

  /** Portal administrator of 株式会社サンプル商事: sees all of its contracts. */
  public static final String SAMPLE_ADMIN = "admin@sample-shoji.example";

  /** General portal user of 株式会社サンプル商事 in no user group: sees no service. */
  public static final String SAMPLE_USER = "suzuki@sample-shoji.example";

  /** Portal administrator of 株式会社テスト物産, the second customer. */
  public static final String OTHER_ADMIN = "admin@test-bussan.example";

  /** The password of every demo login (meets the portal password rule). */
  public static final String PASSWORD = "Demo-pass1";

  private DemoLogins() {}
}
