/**
 * The service-order import job ({@code service-order-import}): order files dropped into the import
 * folder are claimed into processing/ by {@link
 * jp.selfcare.provisioning.importing.OrderFolderWatch} (every minute, or at once from the
 * operators' screen) and imported line by line — each order in its own transaction through {@link
 * jp.selfcare.provisioning.ServiceOrders} — and then moved to done/ or failed/ with their result
 * file beside them.
 */
package jp.selfcare.provisioning.importing;
