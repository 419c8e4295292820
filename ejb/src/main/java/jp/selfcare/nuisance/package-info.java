/** Nuisance call blocking (spec 30-settings-site.md §7): the blocked list of a number. */
package jp.selfcare.nuisance;
