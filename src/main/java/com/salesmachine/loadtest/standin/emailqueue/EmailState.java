package com.salesmachine.loadtest.standin.emailqueue;

import java.util.Locale;

/** Where a queued email stands; written in lower case on the wire. */
public enum EmailState {
    /** Waiting in the queue's Redis list. */
    QUEUED,
    /** Taken off the list by the sender and being handed to the mail provider. */
    SENDING,
    SENT,
    /** The mail provider refused it; accounted for, not lost. */
    FAILED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
