package jp.selfcare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the one-time things of the logins stay good — operator settings in the spec, so
 * configuration here (system properties, ISO-8601 durations such as {@code PT10M}), with the spec's
 * values as defaults. Listed in docs/operations.md.
 */
@ApplicationScoped
public class Validity {

  @Inject
  @ConfigProperty(name = "selfcare.validity.portal-mail-code", defaultValue = "PT10M")
  Duration portalMailCode;

  @Inject
  @ConfigProperty(name = "selfcare.validity.portal-second-step", defaultValue = "PT15M")
  Duration portalSecondStep;

  @Inject
  @ConfigProperty(name = "selfcare.validity.registration-link", defaultValue = "PT72H")
  Duration registrationLink;

  @Inject
  @ConfigProperty(name = "selfcare.validity.settings-code", defaultValue = "PT30M")
  Duration settingsCode;

  @Inject
  @ConfigProperty(name = "selfcare.validity.settings-second-step", defaultValue = "PT30M")
  Duration settingsSecondStep;

  @Inject
  @ConfigProperty(name = "selfcare.validity.hand-off", defaultValue = "PT2M")
  Duration handOff;

  @Inject
  @ConfigProperty(name = "selfcare.validity.billing-question", defaultValue = "PT15M")
  Duration billingQuestion;

  @Inject
  @ConfigProperty(name = "selfcare.validity.billing-mail-link", defaultValue = "PT24H")
  Duration billingMailLink;

  /** The portal's mailed one-time password (spec: 10 minutes). */
  public Duration portalMailCode() {
    return portalMailCode;
  }

  /** From the right password to the end of the portal's second step. */
  public Duration portalSecondStep() {
    return portalSecondStep;
  }

  /** The portal's registration and password-reset links (spec: 72 hours). */
  public Duration registrationLink() {
    return registrationLink;
  }

  /** The settings site's mailed one-time password (spec: 有効期限は30分です). */
  public Duration settingsCode() {
    return settingsCode;
  }

  /** From the right password to the end of the settings site's second step. */
  public Duration settingsSecondStep() {
    return settingsSecondStep;
  }

  /** The portal's hand-off into the Web Settings Site. */
  public Duration handOff() {
    return handOff;
  }

  /** From Web Billing's right password to its answered secret question. */
  public Duration billingQuestion() {
    return billingQuestion;
  }

  /** Web Billing's link confirming a new mail address (spec: 24 hours). */
  public Duration billingMailLink() {
    return billingMailLink;
  }
}
