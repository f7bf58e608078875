package com.salesmachine.loadtest.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.SummaryFiles;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search's own loop, over steps that write real step folders (a summary.json each) as a run
 * would: what it runs, when it stops, what it publishes and how it exits. Real runs of the search
 * are ci/capacity-proof.sh's.
 */
class CapacitySearchTest {
    private static final LoadShape LOAD =
            LoadShape.of(10, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(1), 2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-02T03:00:00Z"));
    private final List<Integer> ran = new ArrayList<>();

    private Settings settings(String... pairs) {
        var props = new HashMap<String, String>(
                Map.of("profile", "breakpoint", "resultsDir", dir.toString(), "breakpointStart", "10"));
        for (int i = 0; i < pairs.length; i += 2) {
            props.put(pairs[i], pairs[i + 1]);
        }
        return Settings.load(new SettingSource(props, Map.of()));
    }

    /** A step runner whose steps pass while {@code holds}, each taking {@code seconds} on the clock, pool wait rising with the level. */
    private CapacitySearch search(Settings settings, IntPredicate holds, int seconds, IntPredicate saturated) {
        return new CapacitySearch(
                Nfr3BenchmarkSimulation.class,
                LOAD,
                settings,
                CapacityMeasure.concurrentUsers(),
                clock,
                stepsFolder -> level -> {
                    ran.add(level);
                    clock.advance(Duration.ofSeconds(seconds));
                    Path folder = stepsFolder.resolve(String.format("nfr3benchmarksimulation-%017d", ran.size()));
                    RunSummary summary = step(folder, level, holds.test(level), saturated.test(level));
                    return new SearchSteps.StepOutcome(
                            Optional.of(summary), "steps/" + folder.getFileName(), "", seconds);
                });
    }

    private static RunSummary step(Path folder, int level, boolean passed, boolean saturated) {
        try (InputStream in = CapacitySearchTest.class.getResourceAsStream("/results/sample-summary.json")) {
            ObjectNode tree = (ObjectNode) JSON.readTree(in);
            String verdict = saturated ? "INVALID" : passed ? "PASS" : "FAIL";
            tree.put("verdict", verdict).put("exitCode", saturated ? 4 : passed ? 0 : 2);
            if (!passed) {
                ((ObjectNode) tree.get("slos").get(0)).put("passed", false).put("actual", 640.0);
            }
            if (saturated) {
                ObjectNode validity = (ObjectNode) tree.get("validity");
                validity.put("valid", false);
                ((ArrayNode) validity.get("reasons"))
                        .add("generator saturated: injector CPU 97 % of 2 cores over the steady window (limit 90 %)");
            }
            ObjectNode wait = ((ArrayNode) tree.get("metrics").get("trends")).addObject();
            wait.put("name", "Connection wait: Get dashboard").put("unit", "ms").put("count", 100);
            wait.put("min", 0.0)
                    .put("mean", level * 5.0)
                    .put("p50", level * 5.0)
                    .put("p75", level * 5.0);
            wait.put("p95", level * 5.0)
                    .put("p99", level * 5.0)
                    .put("max", level * 5.0)
                    .put("histogram", "");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("index.html"), "<html>step " + level + "</html>");
            RunSummary summary = SummaryFiles.read(write(folder, tree));
            return summary;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path write(Path folder, ObjectNode tree) throws IOException {
        Path file = folder.resolve("summary.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        return file;
    }

    private Path searchFolder() throws IOException {
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void aSearch_findsTheHighestPassingLevel_andPublishesItsStepWithTheAnswer() throws IOException {
        int code = search(settings(), users -> users <= 40, 30, users -> false).run();
        assertEquals(0, code);
        assertEquals(List.of(10, 20, 40, 80, 60, 50, 45, 42), ran);
        Path folder = searchFolder();
        RunSummary summary = SummaryFiles.read(folder);
        assertEquals(40, summary.capacity().capacity());
        assertEquals(42, summary.capacity().firstFailing());
        assertEquals("resolved", summary.capacity().end());
        assertEquals(RunSummary.PASS, summary.verdict());
        assertEquals(8, summary.capacity().steps().size());
        assertEquals("pool wait", summary.capacity().bottleneckComponent());
        assertTrue(Files.readString(folder.resolve("index.html")).contains("step 40"), "the capacity step's report");
        assertTrue(Files.readString(folder.resolve("report.md")).contains("**Maximum concurrent users**: 40"));
        try (Stream<Path> steps = Files.list(folder.resolve(CapacitySearch.STEPS))) {
            assertEquals(8, steps.count());
        }
    }

    @Test
    void aSearch_runsNoStepThatWouldNotFitItsBudget_andSaysWhereItStopped() throws IOException {
        // Each step takes 100 s: after two, a third would end at 300 s, past the 270 s budget.
        int code = search(settings("breakpointBudget", "4m30s"), users -> users <= 40, 100, users -> false)
                .run();
        assertEquals(List.of(10, 20), ran);
        RunSummary summary = SummaryFiles.read(searchFolder());
        assertEquals("budget", summary.capacity().end());
        assertEquals(20, summary.capacity().capacity());
        assertTrue(
                summary.capacity().conclusion().contains("ran out of its time budget"),
                summary.capacity().conclusion());
        assertEquals(0, code);
    }

    @Test
    void aSaturatedInjector_endsTheSearch_withTheBreakingPointUnknown() throws IOException {
        int code = search(settings(), users -> true, 30, users -> users >= 40).run();
        assertEquals(List.of(10, 20, 40), ran);
        RunSummary summary = SummaryFiles.read(searchFolder());
        assertEquals(RunSummary.INVALID, summary.verdict());
        assertEquals(4, code);
        assertEquals(20, summary.capacity().capacity());
        assertEquals("invalid-step", summary.capacity().end());
    }

    @Test
    void whenNoLevelHolds_theSearchFails_withNoCapacity() throws IOException {
        int code = search(settings("breakpointStart", "2"), users -> false, 30, users -> false)
                .run();
        assertEquals(List.of(2, 1), ran);
        RunSummary summary = SummaryFiles.read(searchFolder());
        assertEquals(2, code);
        assertEquals(null, summary.capacity().capacity());
        assertEquals("fails-at-one", summary.capacity().end());
        assertTrue(Files.readString(searchFolder().resolve("report.md")).contains("not found: no level held"));
    }
}
