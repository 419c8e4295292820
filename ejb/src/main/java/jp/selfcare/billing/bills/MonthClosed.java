package jp.selfcare.billing.bills;

import java.time.YearMonth;

/**
 * A month's bills became final (fired after the closing commits): what the bill notification mail
 * of Web Billing starts from. The month's row keeps the closing, so nothing depends on the event
 * alone.
 */
public record MonthClosed(YearMonth month) {}
