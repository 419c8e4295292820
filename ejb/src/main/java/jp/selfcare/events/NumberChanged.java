package jp.selfcare.events;

/**
 * A committed change of one number's settings: which number and which feature, enough for the
 * routing cache to reload that one number. Fired inside the change's transaction; observers use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record NumberChanged(long ipNumberId, String feature) {}
