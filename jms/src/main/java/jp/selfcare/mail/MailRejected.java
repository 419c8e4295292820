package jp.selfcare.mail;

/**
 * The SMTP server refused a mail for good (a 5xx reply, a malformed address): it is not tried
 * again. Observed in the delivery's transaction by the features whose addresses it concerns (a
 * notice subscription pauses its address).
 *
 * @param reason the server's reply, as far as it gave one
 */
public record MailRejected(String messageId, String to, String reason) {}
