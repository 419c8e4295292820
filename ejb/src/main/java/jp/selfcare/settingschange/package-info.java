/**
 * The settings changes of the Web Settings Site as a whole, above the features that make them: what
 * a history entry changed, field by field, and 元に戻す of any entry, dispatched by its type. The
 * features (forwarding, reservation, call features, nuisance list, message box, hunt group) import
 * nothing from here.
 */
package jp.selfcare.settingschange;
