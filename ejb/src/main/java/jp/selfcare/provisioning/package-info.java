/**
 * The operator's service-order feed (docs/service-orders.md): customers, voice groups, plans,
 * sites, contracts, numbers with their add-ons, first portal administrators and end of service
 * arrive as orders, one JSON object per line, each applied once in its own transaction or refused
 * with its reason. {@link jp.selfcare.provisioning.OrderFormat} reads a line, {@link
 * jp.selfcare.provisioning.ServiceOrders} applies it, {@link jp.selfcare.provisioning.OrderImports}
 * keeps what became of each import for the operators.
 */
package jp.selfcare.provisioning;
