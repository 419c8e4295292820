/** The Web Settings Site's 迷惑電話お断り page (§7). */
package jp.selfcare.web.nuisance;
