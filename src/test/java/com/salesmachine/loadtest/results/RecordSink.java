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

    /** Hands {@code log}'s records, with their names, to {@code sink}. */
    static SimulationLog.Visitor visitor(
            java.util.List<SimulationLog.RequestName> requestNames,
            java.util.List<java.util.List<String>> groups,
            RecordSink sink) {
        return new SimulationLog.Visitor() {
            @Override
            public void user(int scenario, boolean start, long timestamp) {
                sink.user(start, timestamp);
            }

            @Override
            public void request(int name, long start, long end, boolean ok, int message) {
                SimulationLog.RequestName n = requestNames.get(name);
                String path = n.groups().isEmpty() ? n.name() : String.join(" / ", n.groups()) + " / " + n.name();
                sink.request(path, start, end, ok);
            }

            @Override
            public void group(int group, long start, long end, int cumulatedResponseTime, boolean ok) {
                sink.group(String.join(" / ", groups.get(group)), start, end, ok);
            }

            @Override
            public void error(int message, long timestamp) {}
        };
    }
}
