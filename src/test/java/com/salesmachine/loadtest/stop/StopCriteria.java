package com.salesmachine.loadtest.stop;

import com.salesmachine.loadtest.config.Numbers;
import com.salesmachine.loadtest.verdict.Slo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * When a sliding window shows a sustained breach of the run's own SLOs: a request's percentile
 * ({@link Slo.Kind#PERCENTILE}) or a failure share ({@link Slo.Kind#FAILED_PERCENT}, of every request
 * or of one path) past its target over a whole window, with at least {@link #MIN_SAMPLES} records in
 * its scope, so a few slow requests cannot stop a run. Other objectives are judged after the run only.
 */
public final class StopCriteria {
    /** The fewest records in an objective's scope for its window to count. */
    public static final int MIN_SAMPLES = 20;

    /** An objective broken over the window: which, and what was measured, in words and in its unit. */
    public record Breach(Slo slo, String figure, double value) {}

    private final List<Slo> watched;
    private final Duration window;

    public StopCriteria(List<Slo> slos, Duration window) {
        this.watched = slos.stream()
                .filter(s -> s.kind() == Slo.Kind.PERCENTILE || s.kind() == Slo.Kind.FAILED_PERCENT)
                .toList();
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    /** The objectives these criteria watch (the others wait for the run's end). */
    public List<Slo> watched() {
        return watched;
    }

    /** The first watched objective the window breaches, if any; none before the window is full. */
    public Optional<Breach> breach(SlidingWindow w) {
        if (!w.full()) {
            return Optional.empty();
        }
        for (Slo slo : watched) {
            String path = slo.scope().equals(Slo.GLOBAL) ? null : slo.scope();
            if (w.count(path) < MIN_SAMPLES) {
                continue;
            }
            OptionalDouble value =
                    slo.kind() == Slo.Kind.PERCENTILE ? w.percentile(path, slo.percentile()) : w.failedPercent(path);
            if (value.isPresent() && !slo.comparator().holds(value.getAsDouble(), slo.target())) {
                return Optional.of(new Breach(slo, figure(slo, value.getAsDouble()), value.getAsDouble()));
            }
        }
        return Optional.empty();
    }

    /** {@code error rate 23 %}, {@code error rate of Work prospects 23 %}, {@code p95 of Check the dashboard / Get dashboard 812 ms}. */
    static String figure(Slo slo, double value) {
        String of = slo.scope().equals(Slo.GLOBAL) ? "" : " of " + slo.scope();
        if (slo.kind() == Slo.Kind.PERCENTILE) {
            return "p" + Numbers.decimals(slo.percentile()) + of + " " + Math.round(value) + " ms";
        }
        return "error rate" + of + " " + Numbers.decimals(Math.round(value * 10) / 10.0) + " %";
    }
}
