package jp.selfcare.directory;

import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.NumberType;

/** One line of the number directory, flattened for display and export. */
public record NumberRow(
    String number,
    NumberType type,
    String basicNumber,
    String contractNumber,
    String siteId,
    String siteName,
    String voiceGroupId,
    String customerName,
    AddOns addOns) {}
