/** The portal's number directory page and its number-information downloads. */
package jp.selfcare.web.numbers;
