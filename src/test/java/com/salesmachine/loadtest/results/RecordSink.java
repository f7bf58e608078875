package com.salesmachine.loadtest.results;

/**
 * A run's records one by one, as the suite's decoder reads its {@code simulation.log} (the stop
 * criteria's watchdog left out), for what reads windows of a run: the live stop criteria, the
 * stress steps, a spike's recovery. Paths are as the report names them ({@code Group / Request});
 * times are epoch milliseconds.
 */
public interface RecordSink {
    void request(String path, long startMillis, long endMillis, boolean ok);

    /** A group ended (a user intent); most readers need only requests. */
    default void group(String path, long startMillis, long endMillis, boolean ok) {}

    /** A virtual user started or ended. */
    default void user(boolean start, long timestampMillis) {}

    /** The decoded records of one log, replayed into a sink. */
    @FunctionalInterface
    interface Replay {
        void into(RecordSink sink);
    }
}
