/**
 * The Web Settings Site's forwarding pages: 転送を設定する (§1) and 転送先特定番号 (§3), with the forwarding form
 * fields both share.
 */
package jp.selfcare.web.forwarding;
