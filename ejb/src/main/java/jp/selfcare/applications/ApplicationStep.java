package jp.selfcare.applications;

import java.io.Serializable;
import java.time.Instant;

/** One step of an application's progress: the state it moved to, when, by whom. */
public record ApplicationStep(ApplicationState state, Instant at, String by, String note)
    implements Serializable {}
