package com.salesmachine.loadtest.metrics;

import com.salesmachine.loadtest.config.LoadShape;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * When workflows completed, turned at the end of the run into the counters from which workflows
 * per minute follow: completions in the steady state (divide by the steady minutes) and the most
 * completions in any 60 s. Other asynchronous work (AI enrichments) is counted the same way under
 * its own names.
 */
public final class WorkflowThroughput {
    public static final String COMPLETED_IN_STEADY_STATE = "Workflows completed in the steady state";
    public static final String BUSIEST_MINUTE = "Workflows completed in the busiest minute";
    public static final String ENRICHMENTS_COMPLETED_IN_STEADY_STATE = "Enrichments completed in the steady state";
    public static final String ENRICHMENTS_BUSIEST_MINUTE = "Enrichments completed in the busiest minute";
    private static final long MINUTE_MS = 60_000;

    private final ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
    private final String steadyCounter;
    private final String busiestCounter;
    private volatile long injectionStartMillis = -1;

    /** Counts workflows, under {@link #COMPLETED_IN_STEADY_STATE} and {@link #BUSIEST_MINUTE}. */
    public WorkflowThroughput() {
        this(COMPLETED_IN_STEADY_STATE, BUSIEST_MINUTE);
    }

    /** Counts AI enrichments, under {@link #ENRICHMENTS_COMPLETED_IN_STEADY_STATE} and {@link #ENRICHMENTS_BUSIEST_MINUTE}. */
    public static WorkflowThroughput forEnrichments() {
        return new WorkflowThroughput(ENRICHMENTS_COMPLETED_IN_STEADY_STATE, ENRICHMENTS_BUSIEST_MINUTE);
    }

    /** Counts other work under the two counter names given. */
    public WorkflowThroughput(String steadyCounter, String busiestCounter) {
        this.steadyCounter = steadyCounter;
        this.busiestCounter = busiestCounter;
    }

    /** For the simulation's {@code before()}: the injection starts now. */
    public void injectionStarts(long epochMillis) {
        injectionStartMillis = epochMillis;
    }

    public void completed(long epochMillis) {
        completions.add(epochMillis);
    }

    /** Completions at or after {@code from} and before {@code to}. */
    public long between(long from, long to) {
        return completions.stream().filter(t -> t >= from && t < to).count();
    }

    /** The most completions within any 60 s. */
    public long busiestMinute() {
        long[] times = completions.stream().mapToLong(Long::longValue).sorted().toArray();
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.length; last++) {
            while (times[last] - times[first] >= MINUTE_MS) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /** For the simulation's {@code after()}: records the two counters (the steady one when the shape has a steady state). */
    public void recordTo(RunMetrics metrics, LoadShape shape) {
        metrics.count(busiestCounter, busiestMinute());
        if (!shape.oneShot() && !shape.steady().isZero() && injectionStartMillis >= 0) {
            long from = injectionStartMillis + shape.rampUp().toMillis();
            metrics.count(steadyCounter, between(from, from + shape.steady().toMillis()));
        }
    }
}
