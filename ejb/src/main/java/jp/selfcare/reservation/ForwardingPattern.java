package jp.selfcare.reservation;

import java.io.Serializable;
import jp.selfcare.forwarding.ForwardingSetting;

/** A named forwarding pattern of a reservation (a full §1 setting, 転送しない included). */
public record ForwardingPattern(String name, ForwardingSetting setting) implements Serializable {}
