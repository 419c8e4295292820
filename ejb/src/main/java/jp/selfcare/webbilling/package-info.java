/**
 * Web Billing (Webビリング): its members — an account family of their own, created by the service-order
 * feed and registered through a mailed link — and what they read of the bills
 * (docs/web-billing.md).
 */
package jp.selfcare.webbilling;
