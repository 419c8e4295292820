package jp.selfcare.contracts;

import java.io.Serializable;
import jp.selfcare.numbers.AddOns;

/** A basic contract number in a contract's detail: its channels, dial-ins and add-ons. */
public record BasicNumberRow(String number, Integer channels, long dialIns, AddOns addOns)
    implements Serializable {}
