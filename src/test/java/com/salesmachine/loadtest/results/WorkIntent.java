package com.salesmachine.loadtest.results;

import java.util.function.LongSupplier;

/**
 * Work a simulation means to do beyond what every run states (users held, sessions finished), and
 * how to count what it did, for the run's intended vs achieved table and its validity.
 */
public sealed interface WorkIntent {
    /** The name in the report, e.g. {@code enrichments offered}. */
    String name();

    /**
     * Groups at {@code path} started per second in the steady window, against {@code perSecond}: the
     * offered rate of a paced load, which a slow API lowers (coordinated omission made visible).
     */
    record GroupRate(String name, String path, double perSecond) implements WorkIntent {}

    /** A count the scenario keeps itself (operations started), against {@code intended}. */
    record Counted(String name, String unit, long intended, LongSupplier achieved) implements WorkIntent {}

    static WorkIntent groupRate(String name, String path, double perSecond) {
        return new GroupRate(name, path, perSecond);
    }

    static WorkIntent counted(String name, String unit, long intended, LongSupplier achieved) {
        return new Counted(name, unit, intended, achieved);
    }
}
