package com.salesmachine.loadtest.standin.workflows;

import java.util.Locale;

/** Where an execution stands, as N8N's public API names it; written in lower case on the wire. */
public enum ExecutionStatus {
    /** Accepted, waiting in the queue for a free execution slot. */
    NEW,
    RUNNING,
    SUCCESS,
    ERROR,
    /** Paused by a wait node; the stand-in's workflow has none, but clients must treat it as not finished. */
    WAITING;

    public boolean terminal() {
        return this == SUCCESS || this == ERROR;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
