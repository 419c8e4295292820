package jp.selfcare.messagebox;

import java.io.Serializable;

/** A notification address of a box (slot 1–3) with its condition and 音声ファイル添付. */
public record Address(int slot, String address, Notify condition, boolean attach)
    implements Serializable {}
