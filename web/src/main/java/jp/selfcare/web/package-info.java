/**
 * The web layer shared by the three applications: language selection, message lookup and the EL
 * support for records. Each screen's backing bean sits in the package of its feature.
 */
package jp.selfcare.web;
