/** The message box of a number (spec 30-settings-site.md §6): mail notification, guidance, PIN. */
package jp.selfcare.messagebox;
