/**
 * The call-decision API for the network's call servers (spec 50-routing.md): {@code
 * /api/routing/v1/incoming} and {@code /outgoing}, JSON in and out, an API key on every request,
 * problem+json for malformed input. Decisions come from the routing cache. Also the operators'
 * routing page and the settings site's 着信シミュレーション, which shows a decision with its checks.
 */
package jp.selfcare.web.routing;
