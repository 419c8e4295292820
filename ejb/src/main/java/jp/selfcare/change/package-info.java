/**
 * The one change flow of the per-number settings of the Web Settings Site ({@link
 * jp.selfcare.change.NumberSettingChanges}): who may change which number, the history entry with
 * the old and the new value ({@link jp.selfcare.change.HistoryCodec}), the event after commit, and
 * the checks of 元に戻す. Each feature describes its setting ({@link
 * jp.selfcare.change.NumberSetting}).
 */
package jp.selfcare.change;
