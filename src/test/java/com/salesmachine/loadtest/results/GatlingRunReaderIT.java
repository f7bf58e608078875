package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link GatlingRunReader} to Gatling's own reader on the real logs of this build's smoke and
 * sample runs: the test that fails when a Gatling upgrade changes the log's format.
 */
class GatlingRunReaderIT {
    /** The sample run ramps up over 2 s and holds for 8 s. */
    private static final SteadyWindow STEADY = new SteadyWindow(Duration.ofSeconds(2), Duration.ofSeconds(8));

    private static List<Path> runs;

    @BeforeAll
    static void findThisBuildsRuns() throws IOException {
        runs = RunResultsIT.thisBuildsRuns();
    }

    @Test
    void theWholeRun_equalsWhatGatlingsOwnReaderReads_forEveryRunOfThisBuild() {
        for (Path run : runs) {
            var reading = new GatlingRunReader().read(run.resolve("simulation.log"), Optional.of(STEADY));
            SameAsGatling.assertSame(reading, run.getParent(), run.getFileName().toString(), false);
        }
    }

    @Test
    void theSteadyView_holdsTheRequestsThatStartedInTheWindow_andEveryUserEnded() throws IOException {
        for (Path run : runs) {
            Path logFile = run.resolve("simulation.log");
            var reading = new GatlingRunReader().read(logFile, Optional.of(STEADY));
            GatlingRunReader.View steady = reading.steady().orElseThrow();
            Map<String, Long> started = startedIn(SimulationLogDecoder.decode(logFile), steady);
            var counted = new HashMap<String, Long>();
            steady.requests().forEach(r -> counted.put(r.path(), r.stats().count()));
            assertEquals(started, counted, run + ": requests started in the window, by path");
            assertEquals(
                    started.values().stream().mapToLong(Long::longValue).sum(),
                    steady.global().count(),
                    run + " steady count");
            assertTrue(steady.global().count() < reading.whole().global().count(), run + ": the window holds less");
            assertTrue(reading.users().started() >= 1, run + " started no user");
            assertEquals(0, reading.users().unfinished(), run + ": a user of a run that ended in time did not end");
        }
    }

    /** Counted straight from the decoded records, not through Gatling's statistics. */
    private static Map<String, Long> startedIn(SimulationLog log, GatlingRunReader.View window) {
        var counts = new HashMap<String, Long>();
        log.replay(new SimulationLog.Visitor() {
            @Override
            public void user(int scenario, boolean start, long timestamp) {}

            @Override
            public void request(int name, long start, long end, boolean ok, int message) {
                if (start >= window.fromMillis() && start < window.toMillis()) {
                    SimulationLog.RequestName n = log.requestNames.get(name);
                    String path = n.groups().isEmpty() ? n.name() : String.join(" / ", n.groups()) + " / " + n.name();
                    counts.merge(path, 1L, Long::sum);
                }
            }

            @Override
            public void group(int group, long start, long end, int cumulatedResponseTime, boolean ok) {}

            @Override
            public void error(int message, long timestamp) {}
        });
        return counts;
    }
}
