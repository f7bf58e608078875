package com.salesmachine.loadtest.results;

import java.util.List;

/**
 * What a run's own records say beyond Gatling's statistics, read on the run's one reading of its log:
 * the levels of a staged shape, a spike's recovery.
 */
@FunctionalInterface
public interface LogAnalysis {
    /** No analysis: no steps, no spike. */
    LogAnalysis NONE = (from, to, records) -> Findings.NONE;

    /** The steps of a staged shape (empty otherwise), and the spike (null unless the run was one). */
    record Findings(List<RunSummary.Step> steps, RunSummary.Spike spike) {
        public static final Findings NONE = new Findings(List.of(), null);

        public Findings {
            steps = List.copyOf(steps);
        }
    }

    /** Reads the records of a run whose injection lasted {@code [injectStartMillis, injectEndMillis]}. */
    Findings read(long injectStartMillis, long injectEndMillis, RecordSink.Replay records);
}
