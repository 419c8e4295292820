/**
 * Business Portal permissions (spec 10-identity.md §1, user groups and permissions): per user
 * group, none / read / read-and-edit per service, per voice group or per contract; the most
 * specific setting wins inside a group, and a user's access is the union over their groups.
 */
package jp.selfcare.identity.permission;
