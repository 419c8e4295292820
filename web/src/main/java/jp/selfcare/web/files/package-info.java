/** Download of stored result files. */
package jp.selfcare.web.files;
