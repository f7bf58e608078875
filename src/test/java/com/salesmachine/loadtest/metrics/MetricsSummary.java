package com.salesmachine.loadtest.metrics;

import java.util.List;

/** Measurements the scenarios record beside Gatling's requests, as written to summary.json's {@code metrics}. */
public record MetricsSummary(List<Trend> trends, List<Counter> counters, List<Rate> rates) {
    public static MetricsSummary none() {
        return new MetricsSummary(List.of(), List.of(), List.of());
    }

    /** A distribution; {@code histogram} is the compressed, base64-encoded HdrHistogram, mergeable across injectors. */
    public record Trend(
            String name,
            String unit,
            long count,
            Double min,
            Double mean,
            Double p50,
            Double p75,
            Double p95,
            Double p99,
            Double max,
            String histogram) {}

    public record Counter(String name, long value) {}

    /** {@code hits} out of {@code total}; {@code value} is null when nothing was counted. */
    public record Rate(String name, long hits, long total, Double value) {}
}
