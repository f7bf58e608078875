package com.salesmachine.loadtest.emailqueue;

import com.salesmachine.loadtest.config.Durations;
import com.salesmachine.loadtest.load.PacedLoad;

/**
 * Thrown from the load's verdict check when operations of a {@link PacedLoad} could not start;
 * Gatling reports the check as failed with this message ("c.s.l.s.OperationsNotStarted: 3 of 1,000
 * operations not started ..."), so the failure says what was not done and why.
 */
public final class OperationsNotStarted extends RuntimeException {
    public OperationsNotStarted(String message) {
        super(message, null, false, false);
    }

    /**
     * "3 of 1,000 operations not started: over 15s late, or past the last start (+5m30s), as
     * operations outlasted their pace (15s)"; short enough that Gatling keeps the whole message (it
     * cuts error messages at 200 characters).
     */
    public static String describe(long notStarted, PacedLoad load) {
        return String.format(
                "%,d of %,d operations not started: over %s late, or past the last start (+%s), as operations"
                        + " outlasted their pace (%s)",
                notStarted,
                load.operations(),
                Durations.format(load.startSlack()),
                Durations.format(load.lastStart()),
                Durations.format(load.pace()));
    }
}
