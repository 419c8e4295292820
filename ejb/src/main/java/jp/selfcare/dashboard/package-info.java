/**
 * The portal's dashboard: the services the user may see, grouped as the service menu groups them,
 * what needs their attention in each, and their own recent operations.
 */
package jp.selfcare.dashboard;
