package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs after the Gatling runs of {@code ./mvnw verify} and holds their results folders to the
 * promises of docs/RESULTS.md: every number in summary.json equals Gatling's HTML report, the
 * summary validates against the schema, and the report has no "TBD".
 */
class RunResultsIT {
    private static final List<Path> RUNS = new ArrayList<>();

    @BeforeAll
    static void findThisBuildsRuns() throws IOException {
        RUNS.addAll(thisBuildsRuns());
    }

    /** The results folders this build's Gatling runs wrote (a summary.json newer than the build's start). */
    static List<Path> thisBuildsRuns() throws IOException {
        Instant buildStart = Instant.parse(System.getProperty("buildStart", "1970-01-01T00:00:00Z"));
        Path results = Path.of(
                System.getProperty("resultsDir", com.salesmachine.loadtest.config.Settings.DEFAULT_RESULTS_DIR));
        var runs = new ArrayList<Path>();
        try (Stream<Path> folders = Files.list(results)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path summary = folder.resolve("summary.json");
                if (Files.exists(summary)
                        && !Files.getLastModifiedTime(summary).toInstant().isBefore(buildStart)) {
                    runs.add(folder);
                }
            }
        }
        assertTrue(
                runs.size() >= 2, "expected the smoke and sample runs of this build in " + results + ", found " + runs);
        return runs;
    }

    @Test
    void everyRequestAndGroupInTheSummary_equalsTheHtmlReport_toTheMillisecond() throws IOException {
        for (Path run : RUNS) {
            RunSummary summary = SummaryFiles.read(run.resolve("summary.json"));
            Map<String, Map<String, String>> html = HtmlReportTable.read(run.resolve("index.html"));
            var paths = new ArrayList<RunSummary.PathStats>(summary.requests());
            paths.addAll(summary.groups());
            assertEquals(html.size(), paths.size() + 1, run + ": rows in the HTML report " + html.keySet());
            assertMatches(run + " Global", summary.global(), html.get("Global"));
            for (RunSummary.PathStats path : paths) {
                assertMatches(run + " " + path.path(), path.stats(), html.get(path.path()));
            }
        }
    }

    @Test
    void theSampleRun_hasEnoughSamplesThatPercentilesDiffer() throws IOException {
        boolean found = false;
        for (Path run : RUNS) {
            RunSummary summary = SummaryFiles.read(run.resolve("summary.json"));
            if (!summary.load().oneShot()) {
                found = true;
                assertTrue(summary.global().count() > 100, run + " has too few requests to compare percentiles");
                assertTrue(summary.global().p95() > summary.global().p50(), run + ": p95 equals p50");
                assertFalse(summary.metrics().trends().isEmpty(), run + " recorded no Server-Timing trends");
            }
        }
        assertTrue(found, "no run with real concurrency in " + RUNS);
    }

    @Test
    void everySummary_validatesAgainstTheDocumentedSchema_andEveryReportIsFilledIn() throws IOException {
        for (Path run : RUNS) {
            assertEquals(List.of(), SummarySchema.problems(run.resolve("summary.json")), run.toString());
            String report = Files.readString(run.resolve("report.md"));
            assertFalse(report.contains("TBD"), run + "/report.md contains TBD");
            assertNotNull(Files.readString(run.resolve(ReportCommand.JUNIT_FILE)));
            assertTrue(Files.exists(run.resolve("simulation.log")));
        }
    }

    static void assertMatches(String what, RunSummary.Stats stats, Map<String, String> row) {
        assertNotNull(row, what + " is not in the HTML report");
        assertEquals(row.get("Total"), String.valueOf(stats.count()), what + " count");
        assertEquals(row.get("OK"), String.valueOf(stats.ok()), what + " OK");
        assertEquals(row.get("KO"), String.valueOf(stats.ko()), what + " KO");
        assertEquals(row.get("Min"), String.valueOf(stats.min()), what + " min");
        assertEquals(row.get("50th"), String.valueOf(stats.p50()), what + " p50");
        assertEquals(row.get("75th"), String.valueOf(stats.p75()), what + " p75");
        assertEquals(row.get("95th"), String.valueOf(stats.p95()), what + " p95");
        assertEquals(row.get("99th"), String.valueOf(stats.p99()), what + " p99");
        assertEquals(row.get("Max"), String.valueOf(stats.max()), what + " max");
        assertEquals(row.get("Mean"), String.valueOf(stats.mean()), what + " mean");
        assertEquals(row.get("Std Dev"), String.valueOf(stats.stdDev()), what + " std dev");
        assertEquals(Double.parseDouble(row.get("Cnt/s")), stats.throughputRps(), 0.051, what + " throughput");
    }
}
