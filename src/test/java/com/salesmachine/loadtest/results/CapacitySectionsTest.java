package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapacitySectionsTest {
    @TempDir
    Path dir;

    private static RunSummary.CapacityStep step(int index, int level, String verdict, long p95, double poolWait) {
        Map<String, Double> components = new LinkedHashMap<>();
        components.put("pool wait", poolWait);
        components.put("db", 50.0);
        return new RunSummary.CapacityStep(
                index,
                level,
                verdict,
                null,
                (double) level,
                level * 0.8,
                p95 / 2,
                p95 / 2,
                p95,
                p95 + 20,
                0,
                components,
                0.05 * level,
                300.0 + level,
                verdict.equals("PASS")
                        ? List.of()
                        : List.of("Check the dashboard / Get dashboard: 95th percentile of response time (steady) is"
                                + " less than 500 ms (actual 620 ms)"),
                "steps/nfr3benchmarksimulation-2026120203000000" + index,
                20);
    }

    static RunSummary searched() {
        var capacity = new RunSummary.Capacity(
                "users",
                39,
                42,
                List.of("Check the dashboard / Get dashboard: 95th percentile of response time (steady) is less than"
                        + " 500 ms (actual 620 ms)"),
                "concurrent users",
                39.0,
                null,
                "resolved",
                "Every SLO held at 39 users, the highest level tried within 10 % of the first failing one.",
                10,
                240,
                "pool wait",
                "Pool wait rose from 130 ms to 400 ms between 39 and 42 users: the database connection pool"
                        + " saturates first.",
                List.of(
                        step(1, 10, "PASS", 120, 0),
                        step(2, 20, "PASS", 250, 80),
                        step(3, 40, "FAIL", 520, 400),
                        step(4, 30, "PASS", 380, 200),
                        step(5, 35, "PASS", 440, 260),
                        step(6, 37, "PASS", 470, 300),
                        step(7, 39, "PASS", 490, 320),
                        step(8, 42, "FAIL", 530, 420)));
        return SummaryFixtures.summary(SummaryFixtures.sample())
                .asCapacitySearch("nfr3benchmarksimulation-20261202030000000", capacity, RunSummary.PASS, 0);
    }

    @Test
    void aSearchsReport_statesTheMaximumInTheSeedReportsWords_withTheBreakingPointAndEveryStep() {
        String report = ReportWriter.markdown(searched());
        String scaling = report.substring(report.indexOf("## Scaling limits"));
        assertTrue(
                scaling.contains("**Maximum concurrent users**: 39 (the highest level at which every SLO held)."),
                scaling);
        assertTrue(scaling.contains("**Breaking point**: 42 users: Check the dashboard / Get dashboard"), scaling);
        assertTrue(scaling.contains("Every step of the search (8 in "), scaling);
        assertTrue(scaling.contains("| pool wait |"), scaling);
        assertTrue(scaling.contains("| API CPU (cores) | API memory (MB) |"), scaling);
        assertTrue(scaling.contains("x-axis \"users\" [10, 20, 30, 35, 37, 39, 40, 42]"), scaling);
        assertTrue(!scaling.contains("The breaking point is not known"), scaling);
        String bottlenecks = report.substring(report.indexOf("## Bottleneck candidates"));
        assertTrue(bottlenecks.contains("**What gave way first**: Pool wait rose from 130 ms to 400 ms"), bottlenecks);
    }

    @Test
    void aSearchsSummary_validatesAgainstTheDocumentedSchema_andReadsBack() {
        Path file = dir.resolve("summary.json");
        SummaryFiles.write(file, searched());
        assertEquals(List.of(), SummarySchema.problems(file));
        assertEquals(searched().capacity(), SummaryFiles.read(file).capacity());
    }
}
