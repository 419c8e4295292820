/** Resource-bundle lookup for messages built in Java. */
package jp.selfcare.web.i18n;
