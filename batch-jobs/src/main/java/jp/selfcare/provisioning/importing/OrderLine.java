package jp.selfcare.provisioning.importing;

import java.io.Serializable;

/**
 * One line of an order file as read: its number (from 1) and text, or only its length when it was
 * longer than a line may be.
 */
record OrderLine(int number, String text, int tooLong) implements Serializable {}
