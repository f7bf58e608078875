package com.salesmachine.loadtest.metrics;

import java.util.concurrent.atomic.LongAdder;

/** How often something happened out of how many chances ("enrichments throttled"). */
public final class Rate {
    private final String name;
    private final LongAdder hits = new LongAdder();
    private final LongAdder total = new LongAdder();

    Rate(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void record(boolean hit) {
        total.increment();
        if (hit) {
            hits.increment();
        }
    }

    MetricsSummary.Rate snapshot() {
        long h = hits.sum();
        long t = Math.max(total.sum(), h);
        return new MetricsSummary.Rate(name, h, t, t == 0 ? null : (double) h / t);
    }
}
