package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesmachine.loadtest.settings.SettingSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final String CREATE_PROSPECT = "Work prospects / Create prospect";
    private static final String LIST_PROSPECTS = "Work prospects / List prospects";

    @TempDir
    Path results;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void compare_exits0_andFlagsNothing_whenARunIsComparedWithItself() {
        Path run = write(run(1));

        int code = compare("summary", run.toString(), "baseline", run.toString());

        assertEquals(0, code, text(err));
        assertFalse(text(out).contains(ComparisonMarkdown.REGRESSION_MARK), text(out));
        assertTrue(text(out).strip().endsWith("No regressions."), text(out));
        assertEquals("", text(err));
    }

    @Test
    void compare_flagsRegression_whenP95GrowsPastBothThresholds() throws IOException {
        Path baseline = write(run(1));
        Path current = write(SummaryFixtures.withP95(run(2), CREATE_PROSPECT, 108 + 200));

        int code = compare("summary", current.toString(), "baseline", baseline.toString());

        assertEquals(3, code, text(err));
        List<String> flagged = text(out)
                .lines()
                .filter(l -> l.contains(ComparisonMarkdown.REGRESSION_MARK))
                .toList();
        assertEquals(
                List.of("| request | " + CREATE_PROSPECT + " | 108 | 308 | +200 | +185.19 | **REGRESSION** |"),
                flagged);
        List<String> lines = text(out).lines().toList();
        assertEquals("1 regression: `" + CREATE_PROSPECT + "` (request, +200 ms)", lines.get(lines.size() - 1));
        assertTrue(
                lines.contains("Run `run-02` compared with run `run-01`. A path regresses when its p95 grew by"
                        + " more than 50 ms and more than 20 %."),
                text(out));
        assertEquals(text(out), Files.readString(current.resolve(CompareCommand.COMPARISON_FILE)));
    }

    @Test
    void compare_doesNotFlag_whenGrowthIsUnderTheAbsoluteThreshold() {
        Path baseline = write(run(1));
        Path current = write(SummaryFixtures.withP95(run(2), CREATE_PROSPECT, 108 + 40));

        assertEquals(0, compare("summary", current.toString(), "baseline", baseline.toString()), text(err));
        assertTrue(text(out).contains("| request | " + CREATE_PROSPECT + " | 108 | 148 | +40 | +37.04 | ok |"));
    }

    @Test
    void compare_doesNotFlag_whenGrowthIsUnderTheRelativeThreshold() {
        Path baseline = write(SummaryFixtures.withP95(run(1), LIST_PROSPECTS, 1000));
        Path current = write(SummaryFixtures.withP95(run(2), LIST_PROSPECTS, 1060));

        assertEquals(0, compare("summary", current.toString(), "baseline", baseline.toString()), text(err));
        assertTrue(text(out).contains("| request | " + LIST_PROSPECTS + " | 1000 | 1060 | +60 | +6 | ok |"));
    }

    @Test
    void compare_honoursThresholdSettings() {
        Path baseline = write(run(1));
        Path current = write(SummaryFixtures.withP95(run(2), CREATE_PROSPECT, 108 + 40));

        int code = compare("summary", current.toString(), "baseline", baseline.toString(), "regressionMs", "30");

        assertEquals(3, code);
        assertTrue(text(out).contains("more than 30 ms and more than 20 %"));
    }

    @Test
    void compare_usesTheMedianOfTheLastRunsOfTheSameSimulationAndProfile_newestRunAsCurrent() {
        // Older than the five newest runs: left out of the median.
        write(SummaryFixtures.withP95(run(1), CREATE_PROSPECT, 9000));
        long[] p95s = {100, 400, 120, 110, 5000};
        for (int i = 0; i < p95s.length; i++) {
            write(SummaryFixtures.withP95(run(2 + i), CREATE_PROSPECT, p95s[i]));
        }
        // Newer, but another profile or simulation: not baselines.
        write(SummaryFixtures.withP95(run(8), CREATE_PROSPECT, 1).put("profile", "smoke"));
        write(SummaryFixtures.withP95(run(9), CREATE_PROSPECT, 1).put("simulation", "OtherSimulation"));
        Path current = write(SummaryFixtures.withP95(run(10), CREATE_PROSPECT, 190));

        int code = compare("resultsDir", results.toString());

        assertEquals(3, code, text(err));
        assertTrue(
                text(out)
                        .contains("Run `run-10` compared with the median of 5 runs (`run-06`, `run-05`, `run-04`,"
                                + " `run-03`, `run-02`)"),
                text(out));
        assertTrue(text(out)
                .contains("| request | " + CREATE_PROSPECT + " | 120 | 190 | +70 | +58.33 | **REGRESSION** |"));
        assertTrue(Files.exists(current.resolve(CompareCommand.COMPARISON_FILE)));
    }

    @Test
    void compare_takesFewerBaselineRuns_whenToldTo_andSkipsAnUnreadableOneWithAWarning() throws IOException {
        write(SummaryFixtures.withP95(run(1), CREATE_PROSPECT, 100));
        write(SummaryFixtures.withP95(run(2), CREATE_PROSPECT, 300));
        Path broken = Files.createDirectories(results.resolve("run-03"));
        Files.writeString(broken.resolve("summary.json"), "{ not json");
        Path current = write(SummaryFixtures.withP95(run(4), CREATE_PROSPECT, 320));

        int code = compare("summary", current.toString(), "resultsDir", results.toString(), "baselineRuns", "1");

        assertEquals(0, code, text(err));
        assertTrue(text(out).contains("compared with run `run-02` (the only earlier run)"), text(out));
        assertTrue(text(err).startsWith("WARN skipped " + broken.resolve("summary.json") + ": not JSON"), text(err));
    }

    @Test
    void compare_exits64_whenTheNewestRunsSummaryIsCorrupt_insteadOfComparingAnOlderRun() throws IOException {
        write(run(1));
        Path older = write(run(2));
        Path newest = Files.createDirectories(results.resolve("run-03"));
        Files.writeString(newest.resolve("summary.json"), "{\"schemaVersion\": 1");
        FileTime later = FileTime.from(Files.getLastModifiedTime(older.resolve("summary.json"))
                .toInstant()
                .plusSeconds(60));
        Files.setLastModifiedTime(newest.resolve("summary.json"), later);

        assertEquals(64, compare("resultsDir", results.toString()));
        assertTrue(text(err).startsWith("ERROR " + newest.resolve("summary.json") + ": not JSON"), text(err));
    }

    @Test
    void compare_showsNewAndGonePaths_withoutFlaggingThem() {
        ObjectNode older = run(1);
        ((ObjectNode) older.get("requests").get(0)).put("path", "Authenticate / Old login");
        Path baseline = write(older);
        Path current = write(run(2));

        assertEquals(0, compare("summary", current.toString(), "baseline", baseline.toString()), text(err));
        assertTrue(text(out).contains("| request | Authenticate / Log in | not in baseline | 160 | n/a | n/a | new |"));
        assertTrue(text(out)
                .contains("| request | Authenticate / Old login | 160 | not in this run | n/a | n/a | gone |"));
    }

    @Test
    void compare_exits64_whenTheBaselineIsAnotherSimulation() {
        Path baseline = write(run(1).put("simulation", "OtherSimulation"));
        Path current = write(run(2));

        assertEquals(64, compare("summary", current.toString(), "baseline", baseline.toString()));
        assertEquals(
                "ERROR baseline is OtherSimulation, this run is Nfr3BenchmarkSimulation; compare runs of the same"
                        + " simulation\n",
                text(err));
        assertEquals("", text(out));
    }

    @Test
    void compare_exits64_whenAnExplicitBaselineRanAnotherProfile() {
        Path baseline = write(run(1).put("profile", "nightly"));
        Path current = write(run(2));

        assertEquals(64, compare("summary", current.toString(), "baseline", baseline.toString()));
        assertTrue(text(err).startsWith("ERROR baseline run-01 ran profile 'nightly', this run ran profile 'quick'"));
    }

    @Test
    void compare_exits64_whenNoBaselineRunsAreFound() {
        write(run(1).put("profile", "smoke"));
        Path current = write(run(2));

        assertEquals(64, compare("summary", current.toString(), "resultsDir", results.toString()));
        assertTrue(text(err).startsWith("ERROR no baseline runs found: " + results), text(err));
        assertEquals(1, text(err).lines().count());
    }

    @Test
    void compare_exits64_whenTheResultsFolderHoldsNoRuns_orDoesNotExist() {
        assertEquals(64, compare("resultsDir", results.toString()));
        assertTrue(text(err).startsWith("ERROR " + results + ": holds no run folder"), text(err));

        err.reset();
        assertEquals(64, compare("resultsDir", results.resolve("missing").toString()));
        assertTrue(text(err).startsWith("ERROR " + results.resolve("missing") + ": no such folder"), text(err));
    }

    @Test
    void compare_exits64_whenTheSummaryIsCorruptOrOfAnUnknownSchema() throws IOException {
        Path corrupt = Files.createDirectories(results.resolve("corrupt"));
        Files.writeString(corrupt.resolve("summary.json"), "[1, 2");
        assertEquals(64, compare("summary", corrupt.toString(), "baseline", corrupt.toString()));
        assertTrue(text(err).startsWith("ERROR " + corrupt.resolve("summary.json") + ": not JSON (line 1"));

        err.reset();
        Path future = write(run(3).put("schemaVersion", 4));
        assertEquals(64, compare("summary", future.toString(), "baseline", future.toString()));
        assertTrue(text(err).endsWith("schemaVersion 4 is not known; this suite reads 2 and 3\n"), text(err));
    }

    @Test
    void compare_exits64_namingTheSetting_whenASettingValueIsBad() {
        Path run = write(run(1));
        assertEquals(64, compare("summary", run.toString(), "baseline", run.toString(), "regressionPercent", "lots"));
        assertEquals("ERROR regressionPercent: 'lots' is not a number of 0 or more; use e.g. 20\n", text(err));

        err.reset();
        assertEquals(64, compare("summary", run.toString(), "baselineRuns", "0"));
        assertTrue(text(err).startsWith("ERROR baselineRuns: '0' is not a positive whole number"), text(err));
    }

    /** The sample run as run number {@code n}: folder run-0n, started n minutes after 16:00. */
    private static ObjectNode run(int n) {
        return SummaryFixtures.asRun(
                SummaryFixtures.sample(), String.format("run-%02d", n), String.format("2026-11-22T16:%02d:00Z", n), n);
    }

    private Path write(ObjectNode tree) {
        return SummaryFixtures.writeRun(results, tree);
    }

    private int compare(String... settings) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            properties.put(settings[i], settings[i + 1]);
        }
        properties.putIfAbsent("resultsDir", results.toString());
        return CompareCommand.run(
                new SettingSource(properties, Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
