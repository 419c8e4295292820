/** The Web Settings Site's 代表 page (§5). */
package jp.selfcare.web.huntgroup;
