package com.salesmachine.loadtest.metrics;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the scenarios measure beside Gatling's requests (server-reported times, polls per
 * workflow, 429 counts...), recorded during the run and written to the run's summary.
 *
 * <p>One instance per simulation run; recording is thread-safe and never blocks a virtual user
 * for long. Trends keep an HdrHistogram, so summaries from several injectors can be merged.
 */
public final class RunMetrics {
    private final Map<String, Trend> trends = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, Rate> rates = new ConcurrentHashMap<>();

    /** The trend of that name, created on first use with its unit. */
    public Trend trend(String name, String unit) {
        Trend trend = trends.computeIfAbsent(name, n -> new Trend(n, unit));
        if (!trend.unit().equals(unit)) {
            throw new IllegalArgumentException("trend '" + name + "' is in " + trend.unit() + ", not " + unit);
        }
        return trend;
    }

    /** Adds to the counter of that name. */
    public void count(String name, long delta) {
        counters.computeIfAbsent(name, n -> new LongAdder()).add(delta);
    }

    /** The rate of that name (hits out of a total), created on first use. */
    public Rate rate(String name) {
        return rates.computeIfAbsent(name, Rate::new);
    }

    /** Everything recorded so far, sorted by name. */
    public MetricsSummary snapshot() {
        return new MetricsSummary(
                trends.values().stream()
                        .sorted(Comparator.comparing(Trend::name))
                        .map(Trend::snapshot)
                        .toList(),
                counters.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new MetricsSummary.Counter(
                                e.getKey(), e.getValue().sum()))
                        .toList(),
                rates.values().stream()
                        .sorted(Comparator.comparing(Rate::name))
                        .map(Rate::snapshot)
                        .toList());
    }
}
