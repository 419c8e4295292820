/**
 * How a customer's telephone assets are organised: customer → voice group → plan → site → contract.
 * Identifiers are value objects that refuse malformed input at construction, so a {@link
 * jp.selfcare.organisation.SiteId} in hand is always seven digits.
 */
package jp.selfcare.organisation;
