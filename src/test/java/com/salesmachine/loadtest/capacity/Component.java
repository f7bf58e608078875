package com.salesmachine.loadtest.capacity;

import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.ObservedTimes;
import com.salesmachine.loadtest.metrics.ServerTiming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A part of the system under test whose time the API reports (its {@code Server-Timing} entries) or
 * the suite observes (a workflow's wait for an execution slot, an enrichment's wait on the AI rate
 * limit): how to read its mean time in ms from a step's metrics, and what it means when it is the
 * part that grows first.
 */
enum Component {
    POOL_WAIT(
            "pool wait",
            "the database connection pool saturates first",
            name -> name.startsWith(ServerTiming.CONNECTION_WAIT),
            1),
    DATABASE("db", "the database itself slows first", name -> name.startsWith(ServerTiming.DATABASE_TIME), 1),
    REDIS("redis", "the Redis queue store slows first", name -> name.startsWith(ServerTiming.REDIS_TIME), 1),
    QUEUE("queue", "the email queue backs up first", name -> name.startsWith(ServerTiming.QUEUE_TIME), 1),
    WORKFLOW_SLOT_WAIT(
            "N8N slot wait",
            "N8N's execution slots saturate first (executions wait for a free slot)",
            name -> name.equals(ObservedTimes.WORKFLOW_SLOT_WAIT),
            1),
    WORKFLOW_BEYOND_EXECUTION(
            "N8N wait beyond execution",
            "N8N's execution slots saturate first (workflows wait beyond their execution time)",
            name -> name.equals(ObservedTimes.WORKFLOW_BEYOND_EXECUTION),
            1),
    WORKFLOW_EXECUTION(
            "N8N execution",
            "N8N's workflow executions slow first",
            name -> name.equals(ObservedTimes.WORKFLOW_EXECUTION),
            1),
    RATE_LIMIT_WAIT(
            "AI rate-limit wait",
            "the AI provider's rate limit is the ceiling (enrichments wait out its 429s)",
            name -> name.equals(ObservedTimes.RATE_LIMIT_WAIT),
            1000);

    private final String label;
    private final String meaning;
    private final Predicate<String> trend;
    private final double toMillis;

    Component(String label, String meaning, Predicate<String> trend, double toMillis) {
        this.label = label;
        this.meaning = meaning;
        this.trend = trend;
        this.toMillis = toMillis;
    }

    String label() {
        return label;
    }

    String meaning() {
        return meaning;
    }

    /** A wait of a workflow or an enrichment, not part of any request's time: judged on its own rise. */
    boolean ownWait() {
        return this != POOL_WAIT && this != DATABASE && this != REDIS && this != QUEUE;
    }

    /** The mean time of this component over its trends (weighted by their counts), in ms; empty without samples. */
    Optional<Double> meanMillis(MetricsSummary metrics) {
        long count = 0;
        double total = 0;
        for (MetricsSummary.Trend t : metrics.trends()) {
            if (trend.test(t.name()) && t.count() > 0 && t.mean() != null) {
                count += t.count();
                total += t.mean() * t.count();
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(total / count * toMillis);
    }

    /** Every component's mean time in a step's metrics, by label, in this enum's order; absent ones left out. */
    static Map<String, Double> of(MetricsSummary metrics) {
        var means = new LinkedHashMap<String, Double>();
        for (Component c : values()) {
            c.meanMillis(metrics).ifPresent(ms -> means.put(c.label, ms));
        }
        return means;
    }

    static Optional<Component> byLabel(String label) {
        return List.of(values()).stream().filter(c -> c.label.equals(label)).findFirst();
    }
}
