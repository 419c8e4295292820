package jp.selfcare.it;

import com.icegreen.greenmail.util.ServerSetup;

/** The SMTP server the tests run (GreenMail) and the server sends to. */
public final class ItSmtp {

  public static final int PORT = 3025;

  private ItSmtp() {}

  public static ServerSetup setup() {
    return new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  }
}
