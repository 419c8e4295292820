/**
 * The call-decision API for the network's call servers (spec 50-routing.md): {@code
 * /api/routing/v1/incoming} and {@code /outgoing}, JSON in and out, an API key on every request,
 * problem+json for malformed input. Decisions come from the routing cache.
 */
package jp.selfcare.web.routing;
