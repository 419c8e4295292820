/** Business Mobile users of a contract (spec 30-settings-site.md §13). */
package jp.selfcare.mobile;
