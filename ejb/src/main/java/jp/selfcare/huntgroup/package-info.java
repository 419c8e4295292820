/** 代表: hunt groups of basic contract numbers (a parent and ordered members). */
package jp.selfcare.huntgroup;
