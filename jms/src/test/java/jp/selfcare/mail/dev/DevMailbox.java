package jp.selfcare.mail.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The local SMTP sink of the README's run command: a GreenMail SMTP server that accepts every mail,
 * and a page on loopback that shows all received mails, newest first, so a newcomer can read the
 * one-time password of a MailOTP login. Development only; it lives in test sources and never ships.
 *
 * <p>Arguments: SMTP port (default 3025), web port (default 8025).
 */
public final class DevMailbox {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

  private DevMailbox() {}

  public static void main(String[] args) throws IOException {
    int smtpPort = args.length > 0 ? Integer.parseInt(args[0]) : 3025;
    int webPort = args.length > 1 ? Integer.parseInt(args[1]) : 8025;
    GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    greenMail.start();
    HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
    web.createContext("/", exchange -> respond(exchange, page(greenMail)));
    web.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  web.stop(0);
                  greenMail.stop();
                }));
    System.out.printf(
        "dev mailbox: SMTP 127.0.0.1:%d, mailbox http://localhost:%d/%n", smtpPort, webPort);
  }

  private static String page(GreenMail greenMail) {
    List<MimeMessage> mails = Arrays.asList(greenMail.getReceivedMessages());
    Collections.reverse(mails);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">")
        .append("<meta http-equiv=\"refresh\" content=\"5\"><title>Dev mailbox</title>")
        .append("<style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;")
        .append("padding:1em;margin-bottom:1em}pre{white-space:pre-wrap}</style></head><body>")
        .append("<h1>Dev mailbox (")
        .append(mails.size())
        .append(" mails)</h1><p>Every mail the local server sent. Refreshes every 5 s.</p>");
    for (MimeMessage mail : mails) {
      html.append("<article>");
      try {
        html.append("<p><b>To:</b> ")
            .append(
                escape(String.join(", ", GreenMailUtil.getAddressList(mail.getAllRecipients()))))
            .append("<br><b>Subject:</b> ")
            .append(escape(mail.getSubject()))
            .append("<br><b>Received:</b> ")
            .append(mail.getSentDate() == null ? "" : TIME.format(mail.getSentDate().toInstant()))
            .append("</p><pre>")
            .append(escape(text(mail)))
            .append("</pre>");
      } catch (MessagingException e) {
        html.append("<p>unreadable mail: ").append(escape(e.getMessage())).append("</p>");
      }
      html.append("</article>");
    }
    return html.append("</body></html>").toString();
  }

  private static String text(MimeMessage mail) throws MessagingException {
    try {
      return mail.getContent() instanceof String text ? text : GreenMailUtil.getBody(mail);
    } catch (IOException e) {
      return GreenMailUtil.getBody(mail);
    }
  }

  private static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static void respond(HttpExchange exchange, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
