package com.salesmachine.loadtest.emailqueue;

import com.salesmachine.loadtest.config.Durations;
import com.salesmachine.loadtest.load.PacedLoad;

/**
 * What the run's report says when operations of a {@link PacedLoad} could not start: how many, and
 * why. The count itself is a counter of the run, judged as an SLO and as the run's achieved work.
 */
public final class OperationsNotStarted {
    private OperationsNotStarted() {}

    /**
     * "3 of 1,000 operations not started: over 15s late, or past the last start (+5m30s), as
     * operations outlasted their pace (15s)".
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
