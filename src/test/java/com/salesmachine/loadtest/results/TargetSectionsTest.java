package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target's resources in summary.json (optional, to the schema) and report.md's "Target resources". */
class TargetSectionsTest {
    private static final RunSummary.Resources RESOURCES = new RunSummary.Resources(
            "http://127.0.0.1:4000/metrics",
            2,
            27,
            1,
            new RunSummary.Range(0.03, 0.07, 0.36),
            new RunSummary.Range(325.48, 402.53, 491.21),
            new RunSummary.Range(116.26, 172.01, 218.26),
            0.07,
            new RunSummary.ResourceWindow(
                    20,
                    new RunSummary.Range(0.04, 0.06, 0.08),
                    new RunSummary.Range(351.41, 390.11, 430.79),
                    new RunSummary.Range(134.26, 174.26, 214.26),
                    0.0),
            "resident memory",
            "steady",
            7583.5,
            1943.95,
            true);

    @TempDir
    Path dir;

    private static ObjectNode withResources() {
        ObjectNode tree = SummaryFixtures.sample();
        ((ObjectNode) tree.get("target")).set("resources", new ObjectMapper().valueToTree(RESOURCES));
        return tree;
    }

    @Test
    void resources_areOptional_andValidateAgainstTheSchema_writtenAndReadBack() {
        assertEquals(List.of(), SummarySchema.problems(withResources()));
        RunSummary summary = SummaryFixtures.summary(withResources());
        assertEquals(RESOURCES, summary.target().resources());

        Path file = dir.resolve("summary.json");
        SummaryFiles.write(file, summary);
        assertEquals(List.of(), SummarySchema.problems(file));
        assertEquals(RESOURCES, SummaryFiles.read(file).target().resources());

        SummaryFiles.write(file, SummaryFixtures.summary(SummaryFixtures.sample()));
        assertEquals(List.of(), SummarySchema.problems(file));
        assertEquals(null, SummaryFiles.read(file).target().resources());
    }

    @Test
    void report_hasTheSoakTable_andTheSlopeLine() {
        String report = ReportWriter.markdown(SummaryFixtures.summary(withResources()));
        int at = report.indexOf("\n## Target resources\n");

        assertTrue(at > report.indexOf("\n## Injector health\n") && at < report.indexOf("\n## Measured metrics\n"));
        assertTrue(report.contains("every 2 s: 27 samples over the whole run, 1 failed scrapes."), report);
        assertTrue(report.contains("| Metric | Window | Min | Mean | Max |"), report);
        assertTrue(report.contains("| Resident memory | steady | 351.41 MB | 390.11 MB | 430.79 MB |"), report);
        assertTrue(report.contains("| CPU (cores) | whole run | 0.03 | 0.07 | 0.36 |"), report);
        assertTrue(report.contains("GC time: 0.07 % of the whole run, 0 % of the steady window."), report);
        assertTrue(
                report.contains("Memory trend (resident memory, steady window, least squares): +7583.5 MB per hour"
                        + " (+1943.95 % of its mean per hour): **memory keeps growing**."),
                report);
    }

    @Test
    void report_saysTheResourcesWereNotMeasured_withoutMetrics() {
        String report = ReportWriter.markdown(SummaryFixtures.summary(SummaryFixtures.sample()));
        assertTrue(report.contains("## Target resources\n\nNot measured: `METRICS_URL` was not set"), report);
    }
}
