/**
 * Changes of a number's add-on contracts, in one place for every way they arrive (the operator's
 * service orders now, the portal's immediate applications too): the rules that keep a bulk
 * forwarding or hunt group whole, the change itself and the routing cache's reload after commit.
 */
package jp.selfcare.addon;
