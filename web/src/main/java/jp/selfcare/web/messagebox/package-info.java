/**
 * The Web Settings Site's メッセージボックス pages (§6): the box's settings and a number user's recorded
 * messages.
 */
package jp.selfcare.web.messagebox;
