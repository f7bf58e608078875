package com.salesmachine.loadtest.results;

import java.util.Optional;

/** The target's own resources over the run, from its metrics; null when they were not measured. */
@FunctionalInterface
public interface TargetView {
    /** A span of the run, epoch milliseconds. */
    record Span(long fromMillis, long toMillis) {}

    /** The figures over the whole run and its steady window, or null when nothing was scraped. */
    RunSummary.Resources resources(Span wholeRun, Optional<Span> steady);

    /** Not measured: no {@code METRICS_URL}, or a run read without its JVM. */
    TargetView NONE = (wholeRun, steady) -> null;
}
