package com.salesmachine.loadtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.config.LoadShape;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkflowThroughputTest {
    @Test
    void busiestMinute_countsTheMostCompletionsWithinAnySixtySeconds() {
        var throughput = new WorkflowThroughput();
        for (long t : new long[] {0, 10_000, 59_999, 60_000, 61_000, 62_000, 119_000, 200_000}) {
            throughput.completed(t);
        }

        // 10_000 .. 62_000 (5) beats 0 .. 59_999 (3) and 60_000 .. 119_000 (4).
        assertEquals(5, throughput.busiestMinute());
        assertEquals(0, new WorkflowThroughput().busiestMinute());
    }

    @Test
    void recordTo_countsCompletionsInTheSteadyStateOnly() {
        var throughput = new WorkflowThroughput();
        throughput.injectionStarts(1_000);
        for (long t : new long[] {5_000, 11_000, 20_000, 40_999, 41_000}) {
            throughput.completed(t);
        }
        var shape = LoadShape.of(
                10, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ZERO, 1);
        var metrics = new RunMetrics();

        throughput.recordTo(metrics, shape);

        var counters = metrics.snapshot().counters();
        assertEquals(3, value(counters, WorkflowThroughput.COMPLETED_IN_STEADY_STATE), "11 000, 20 000 and 40 999");
        assertEquals(5, value(counters, WorkflowThroughput.BUSIEST_MINUTE));
    }

    private static long value(java.util.List<MetricsSummary.Counter> counters, String name) {
        return counters.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
