/** Web Billing's PDF documents for members (member-document.xml). */
package jp.selfcare.webbilling.documents;
