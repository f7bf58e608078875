package com.salesmachine.loadtest.results;

/**
 * When a p95 counts as a regression: it grew by more than {@code ms} milliseconds AND by more than
 * {@code percent} % of the baseline, so neither a small absolute wobble on a fast request nor a small
 * relative one on a slow request is flagged.
 */
public record Thresholds(double percent, double ms) {
    public static final double DEFAULT_PERCENT = 20;
    public static final double DEFAULT_MS = 50;

    public Thresholds {
        if (percent < 0 || ms < 0) {
            throw new IllegalArgumentException("thresholds cannot be negative");
        }
    }

    public static Thresholds defaults() {
        return new Thresholds(DEFAULT_PERCENT, DEFAULT_MS);
    }

    public boolean isRegression(long baselineP95, long currentP95) {
        long delta = currentP95 - baselineP95;
        if (delta <= ms) {
            return false;
        }
        return baselineP95 <= 0 || delta * 100.0 / baselineP95 > percent;
    }

    /** {@code more than 50 ms and more than 20 %}. */
    public String describe() {
        return "more than " + Figures.decimals(ms) + " ms and more than " + Figures.decimals(percent) + " %";
    }
}
