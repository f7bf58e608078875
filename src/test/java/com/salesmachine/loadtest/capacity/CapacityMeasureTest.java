package com.salesmachine.loadtest.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.SummaryFiles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityMeasureTest {
    private static final List<String> CREATE = List.of("Work prospects", "Create prospect");
    private static final List<String> GET = List.of("Work prospects", "Get prospect");

    private static RunSummary sample() throws URISyntaxException {
        return SummaryFiles.read(Path.of(CapacityMeasureTest.class
                .getResource("/results/sample-summary.json")
                .toURI()));
    }

    private static double steadyOk(RunSummary s, List<String> path) {
        return s.steady().requests().stream()
                .filter(r -> r.groups().equals(path.subList(0, 1)) && r.name().equals(path.get(1)))
                .mapToDouble(r -> r.stats().ok())
                .sum();
    }

    @Test
    void requestsPerSecond_countsTheNamedRequestsAnsweredInTheSteadyWindow_perSecondOfIt() throws Exception {
        RunSummary s = sample();
        double seconds = s.steady().toSeconds() - s.steady().fromSeconds();
        double expected = (steadyOk(s, CREATE) + steadyOk(s, GET)) / seconds;
        assertTrue(expected > 0, "the sample has both requests in its steady window");

        double achieved = CapacityMeasure.queueOperationsPerSecond(List.of(CREATE, GET))
                .achieved()
                .apply(s)
                .orElseThrow();

        assertEquals(expected, achieved, 1e-9);
    }

    @Test
    void requestsPerSecond_leavesOutRequestsNotNamed() throws Exception {
        RunSummary s = sample();
        double one = CapacityMeasure.requestsPerSecond("x", List.of(CREATE))
                .achieved()
                .apply(s)
                .orElseThrow();
        double both = CapacityMeasure.requestsPerSecond("x", List.of(CREATE, GET))
                .achieved()
                .apply(s)
                .orElseThrow();

        assertTrue(both > one, "adding a request adds its answers: " + one + " then " + both);
        assertEquals(
                0.0,
                CapacityMeasure.requestsPerSecond("x", List.of(List.of("Work prospects", "No such request")))
                        .achieved()
                        .apply(s)
                        .orElseThrow());
    }
}
