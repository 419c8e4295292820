/** 開通案内: the list, the application password and mailed code, the notice and its PDF. */
package jp.selfcare.web.activation;
