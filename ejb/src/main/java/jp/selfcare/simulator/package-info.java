/**
 * 着信シミュレーション of the Web Settings Site: a call decided by the routing cache's own decider for a
 * number in the login's scope, with every rule it checked. It lives here, above the routing cache,
 * so that the cache knows nothing of the settings site's logins and scopes.
 */
package jp.selfcare.simulator;
