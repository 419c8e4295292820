package jp.selfcare.billing.station;

import java.io.Serializable;

/**
 * A line of a month's bill as 回線番号別明細 lists it (yen, tax excluded).
 *
 * @param number null for a contract's per-line fees (一括転送)
 */
public record BillLineRow(
    String contractNumber,
    String number,
    int days,
    long basic,
    long addOns,
    long calls,
    long callCount,
    long total)
    implements Serializable {}
