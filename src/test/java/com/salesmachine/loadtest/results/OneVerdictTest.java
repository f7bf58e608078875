package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.Judging;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.verdict.RunVerdict;
import com.salesmachine.loadtest.verdict.Slo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value on its threshold gets one verdict everywhere: one log whose steady p95 is known, published
 * with the threshold at that value (not under it: FAIL) and 1 ms above it (PASS); each time the exit
 * code, the console lines, summary.json, report.md and slo-junit.xml all say the same.
 */
class OneVerdictTest {
    /** Stands in for a simulation class: the run folder is named after it. */
    static final class BorderlineSimulation {}

    private static final String FOLDER = "borderlinesimulation-20261201000000000";
    private static final List<String> PATH = List.of("Check", "Call");
    private static final LoadShape SHAPE =
            LoadShape.of(1, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ZERO, 1);

    @TempDir
    static Path dir;

    private static long steadyP95;

    @BeforeAll
    static void writeALogWhoseSteadyP95IsKnown() throws IOException {
        try (var log = SimulationLogWriter.create(dir.resolve("gatling").resolve(FOLDER))) {
            log.userStart(500);
            // Warm-up: slow calls before the steady window (5 s to 35 s of the injection).
            for (int i = 0; i < 10; i++) {
                log.request(PATH.subList(0, 1), PATH.get(1), 1_000 + i * 100, 1_900 + i * 100, true, null);
            }
            for (int i = 0; i < 40; i++) {
                long start = 6_000 + i * 500;
                log.request(PATH.subList(0, 1), PATH.get(1), start, start + 100 + i, true, null);
            }
            log.userEnd(40_500);
        }
        steadyP95 = new GatlingRunReader()
                .readAndReport(dir.resolve("gatling"), FOLDER, window())
                .steady()
                .orElseThrow()
                .requests()
                .get(0)
                .stats()
                .p95();
    }

    @Test
    void atTheThreshold_everyOutputSaysFail() throws Exception {
        assertOneVerdict(steadyP95, RunVerdict.FAIL, 2);
    }

    @Test
    void oneMillisecondAboveIt_everyOutputSaysPass() throws Exception {
        assertOneVerdict(steadyP95 + 1, RunVerdict.PASS, 0);
    }

    private static void assertOneVerdict(double threshold, String verdict, int exitCode) throws Exception {
        Slo slo = Slo.percentileBelow(PATH, 95, threshold);
        Path results = Files.createTempDirectory(dir, "results");
        var facts = new RunPublisher.RunFacts(
                BorderlineSimulation.class,
                "lt-20261201-000000-abcd",
                "quick",
                new RunSummary.Load("closed", "Closed model.", 1, 5, 30, 5, 0, 1, false, 60),
                window(),
                new RunSummary.Target(RunSummary.Target.STAND_IN, "http://127.0.0.1:1", "stand-in"),
                0);
        var judge = new RunPublisher.Judgement(
                LoadModel.CLOSED, SHAPE, List.of(slo), List.of(), Judging.defaults(), InjectorView.NONE);
        var published = new RunPublisher(
                        facts, new RunMetrics(), judge, new ResultsFolder(results), 5, dir.resolve("gatling"))
                .publish()
                .orElseThrow();

        RunVerdict run = published.verdict();
        String line =
                "SLO " + (verdict.equals("PASS") ? "PASS " : "FAIL ") + slo.name() + " (actual " + steadyP95 + " ms)";
        assertEquals(verdict, run.verdict());
        assertEquals(exitCode, run.exitCode(), "the exit code");
        assertEquals(List.of(line, "Verdict: " + run.headline()), run.consoleLines(), "the console");
        RunSummary summary = SummaryFiles.read(published.folder());
        assertEquals(verdict, summary.verdict(), "summary.json");
        assertEquals(exitCode, summary.exitCode(), "summary.json's exit code");
        assertEquals((double) steadyP95, summary.slos().get(0).actual());
        String report = Files.readString(published.folder().resolve("report.md"));
        assertTrue(report.contains("**Verdict: " + verdict + "**"), "report.md");
        String junit = Files.readString(published.folder().resolve("slo-junit.xml"));
        assertTrue(junit.contains("failures=\"" + (verdict.equals("PASS") ? 0 : 1) + "\""), "slo-junit.xml: " + junit);
    }

    private static Optional<SteadyWindow> window() {
        return Optional.of(new SteadyWindow(Duration.ofSeconds(5), Duration.ofSeconds(35)));
    }
}
