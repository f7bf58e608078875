package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's two views of one small log written by Gatling's own serializers. The first user
 * starts 500 ms after the run start, so the window [10 s, 40 s) of the injection is [10.5 s,
 * 40.5 s) of the run; the times below are run offsets.
 */
class GatlingRunReaderTest {
    private static final String RUN = "somesimulation-20261201000000000";
    private static final long INJECT_START = SimulationLogWriter.RUN_START + 500;
    private static final SteadyWindow TEN_TO_FORTY = window(10, 40);
    private static final List<String> JOURNEY = List.of("Journey");
    private static final List<String> INNER = List.of("Journey", "Inner");

    @TempDir
    static Path results;

    private static final GatlingRunReader READER = new GatlingRunReader();
    private static GatlingRunReader.GatlingRun run;

    @BeforeAll
    static void writeAndRead() throws IOException {
        try (var log = SimulationLogWriter.create(results.resolve(RUN))) {
            log.userStart(500)
                    .request("Home", 1_000, 1_100)
                    .group(JOURNEY, 9_000, 12_000, 600, false)
                    .request(JOURNEY, "Login", 10_000, 10_600, false, "boom")
                    .request("Home", 10_400, 10_700)
                    .request("Home", 10_500, 10_520)
                    .error("crash", 15_000)
                    .request("Home", 20_000, 20_040)
                    .userStart(20_500)
                    .userStart(25_500)
                    .request(JOURNEY, "Login", 30_000, 30_050, true, null)
                    .group(JOURNEY, 29_000, 31_000, 50, true)
                    .userEnd(30_500)
                    .request(INNER, "Step", 35_000, 35_010, true, null)
                    .group(INNER, 34_990, 35_020, 10, true)
                    .request("Home", 40_400, 40_700)
                    .request("Home", 40_500, 40_510)
                    // The third user never ends: the run was stopped under it.
                    .userEnd(60_500);
        }
        run = READER.readAndReport(results, RUN, Optional.of(TEN_TO_FORTY));
    }

    @Test
    void theWholeRun_holdsEveryRecord_fromTheFirstUserStartToTheLastRecord() {
        GatlingRunReader.View whole = run.whole();
        assertEquals(INJECT_START, whole.fromMillis());
        assertEquals(SimulationLogWriter.RUN_START + 60_500, whole.toMillis());
        assertEquals(SimulationLogWriter.SIMULATION, run.simulationClass());
        assertEquals(9, whole.global().count());
        assertEquals(1, whole.global().ko());
        assertEquals(List.of("Home", "Journey / Login", "Journey / Inner / Step"), paths(whole.requests()));
        assertEquals(List.of("Journey", "Journey / Inner"), paths(whole.groups()));
        RunSummary.Stats home = stats(whole.requests(), "Home");
        assertEquals(6, home.count());
        assertEquals(10, home.min());
        assertEquals(300, home.max());
        RunSummary.Stats journey = stats(whole.groups(), "Journey");
        assertEquals(2, journey.count());
        assertEquals(2_000, journey.min(), "a group's figure is its duration");
        assertEquals(3_000, journey.max());
        assertEquals(
                List.of(new RunSummary.ErrorCount("boom", 1, 50.0), new RunSummary.ErrorCount("crash", 1, 50.0)),
                run.errors().stream()
                        .sorted((a, b) -> a.message().compareTo(b.message()))
                        .toList());
        assertEquals(3, run.peakUsers());
    }

    @Test
    void theSteadyView_holdsOnlyRecordsThatStartedInTheWindow() {
        GatlingRunReader.View steady = run.steady().orElseThrow();
        assertEquals(INJECT_START + 10_000, steady.fromMillis());
        assertEquals(INJECT_START + 40_000, steady.toMillis());
        // Home at 10.4 s started before the window, Home at 40.5 s at its end: neither is in it.
        RunSummary.Stats home = stats(steady.requests(), "Home");
        assertEquals(3, home.count());
        assertEquals(20, home.min());
        assertEquals(300, home.max(), "a request that started in the window counts, wherever it ended");
        assertEquals(0, stats(steady.requests(), "Journey / Login").ko(), "the KO login started at 10 s");
        assertEquals(5, steady.global().count());
        assertEquals(0.17, steady.global().throughputRps(), "5 requests over the window's 30 s");
        // The group that started at 9 s and ended in the window is not in it.
        RunSummary.Stats journey = stats(steady.groups(), "Journey");
        assertEquals(1, journey.count());
        assertEquals(2_000, journey.max());
        assertEquals(30, stats(steady.groups(), "Journey / Inner").max());
    }

    @Test
    void users_startedAndFinished_showTheUserTheRunStoppedUnder() {
        assertEquals(3, run.users().started());
        assertEquals(2, run.users().finished());
        assertEquals(1, run.users().unfinished());
    }

    @Test
    void meanActiveUsers_isTheTimeWeightedMeanOverTheWindow() {
        // 10.5-40.5 s: the first user until 30.5 s (20 s), the second from 20.5 s (20 s), the third,
        // never ended, from 25.5 s (15 s): 55 user-seconds over 30 s.
        assertEquals(55.0 / 30, run.users().meanActiveInWindow(), 1e-9);
        var empty = READER.read(log(), Optional.of(window(45, 50)));
        assertEquals(2.0, empty.users().meanActiveInWindow(), 1e-9);
    }

    @Test
    void withoutAWindow_thereIsNoSteadyView_andNoMeanActiveUsers() {
        var whole = READER.read(log(), Optional.empty());
        assertTrue(whole.steady().isEmpty());
        assertTrue(Double.isNaN(whole.users().meanActiveInWindow()));
        assertEquals(3, whole.users().started());
    }

    @Test
    void aWindowWithNoRecords_isAViewOfZeros() {
        GatlingRunReader.View steady =
                READER.read(log(), Optional.of(window(45, 50))).steady().orElseThrow();
        assertEquals(new RunSummary.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), steady.global());
        assertEquals(List.of(), steady.requests());
        assertEquals(List.of(), steady.groups());
    }

    @Test
    void aWindowPastTheRunsEnd_endsWithTheRun_andAWindowOverTheWholeRunIsTheWholeRun_withExactPercentiles() {
        var cut = READER.read(log(), Optional.of(window(0, 3_600)));
        GatlingRunReader.View steady = cut.steady().orElseThrow();
        assertEquals(withoutPercentiles(cut.whole()), withoutPercentiles(steady));
        // Home took 100, 300, 20, 40, 300 and 10 ms: the nearest ranks, where Gatling's t-digest says 100 for p50.
        RunSummary.Stats home = stats(steady.requests(), "Home");
        assertEquals(List.of(40L, 300L, 300L, 300L), List.of(home.p50(), home.p75(), home.p95(), home.p99()));
        RunSummary.Stats login = stats(steady.requests(), "Journey / Login");
        assertEquals(50, login.p50(), "of 50 and 600 ms, the first rank is the median");
        assertEquals(
                SimulationLogWriter.RUN_START + 60_500,
                cut.steady().orElseThrow().toMillis());
    }

    @Test
    void theWholeRun_equalsWhatGatlingsOwnReaderReads() {
        SameAsGatling.assertSame(run, results, RUN, true);
    }

    @Test
    void theHtmlReport_isWrittenFromTheWholeRun() throws IOException {
        Map<String, Map<String, String>> html =
                HtmlReportTable.read(results.resolve(RUN).resolve("index.html"));
        assertEquals(
                1 + run.whole().requests().size() + run.whole().groups().size(),
                html.size(),
                html.keySet().toString());
        RunResultsIT.assertMatches("Global", run.whole().global(), html.get("Global"));
        for (RunSummary.PathStats path : run.whole().requests()) {
            RunResultsIT.assertMatches(path.path(), path.stats(), html.get(path.path()));
        }
        for (RunSummary.PathStats path : run.whole().groups()) {
            RunResultsIT.assertMatches(path.path(), path.stats(), html.get(path.path()));
        }
    }

    @Test
    void aSteadyWindow_mustStartAtOrAfterTheInjection_andEndAfterItStarts() {
        assertThrows(
                IllegalArgumentException.class, () -> new SteadyWindow(Duration.ofSeconds(-1), Duration.ofSeconds(5)));
        assertThrows(
                IllegalArgumentException.class, () -> new SteadyWindow(Duration.ofSeconds(5), Duration.ofSeconds(5)));
        assertEquals(Duration.ZERO, new SteadyWindow(Duration.ZERO, Duration.ofMillis(1)).from());
    }

    private static List<Object> withoutPercentiles(GatlingRunReader.View view) {
        java.util.function.Function<RunSummary.Stats, List<Object>> moments = t -> List.of(
                t.count(), t.ok(), t.ko(), t.koPercent(), t.throughputRps(), t.min(), t.mean(), t.stdDev(), t.max());
        java.util.function.Function<List<RunSummary.PathStats>, List<Object>> paths = ps -> ps.stream()
                .map(p -> (Object) List.of(p.path(), moments.apply(p.stats())))
                .toList();
        return List.of(
                view.fromMillis(),
                view.toMillis(),
                moments.apply(view.global()),
                paths.apply(view.requests()),
                paths.apply(view.groups()));
    }

    private static Path log() {
        return results.resolve(RUN).resolve("simulation.log");
    }

    private static SteadyWindow window(long fromSeconds, long toSeconds) {
        return new SteadyWindow(Duration.ofSeconds(fromSeconds), Duration.ofSeconds(toSeconds));
    }

    private static List<String> paths(List<RunSummary.PathStats> stats) {
        return stats.stream().map(RunSummary.PathStats::path).toList();
    }

    private static RunSummary.Stats stats(List<RunSummary.PathStats> stats, String path) {
        return stats.stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + paths(stats)))
                .stats();
    }
}
