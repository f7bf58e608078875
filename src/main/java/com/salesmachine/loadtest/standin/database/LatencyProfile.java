package com.salesmachine.loadtest.standin.database;

/**
 * The service time of one operation: a log-normal distribution given by its median and 99th
 * percentile, plus a fixed extra added to every request; all in milliseconds.
 *
 * <p>A median of zero means no modelled time (only the extra).
 */
public record LatencyProfile(double medianMs, double p99Ms, double extraMs) {
    public LatencyProfile {
        if (!(medianMs >= 0)
                || !(p99Ms >= medianMs)
                || !(extraMs >= 0)
                || !Double.isFinite(p99Ms)
                || !Double.isFinite(extraMs)) {
            throw new IllegalArgumentException(
                    "need 0 <= median <= p99 and extra >= 0, got " + medianMs + "/" + p99Ms + "+" + extraMs);
        }
    }

    /** The same distribution with a different fixed extra. */
    public LatencyProfile withExtra(double extra) {
        return new LatencyProfile(medianMs, p99Ms, extra);
    }

    /** A different distribution, keeping the fixed extra. */
    public LatencyProfile withDistribution(double median, double p99) {
        return new LatencyProfile(median, p99, extraMs);
    }
}
