/**
 * What accepted changes publish: one {@link jp.selfcare.events.NumberChanged} per changed number,
 * observed only after the change's transaction committed (a rolled-back change publishes nothing).
 */
package jp.selfcare.events;
