/** The Web Settings Site's Business Mobile users page (§13). */
package jp.selfcare.web.mobile;
