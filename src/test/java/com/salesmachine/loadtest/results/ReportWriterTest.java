package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    private static final List<String> SECTIONS = List.of(
            "# Load-testing report: Nfr3BenchmarkSimulation",
            "## Executive summary",
            "## Scenario configuration",
            "## Measured metrics",
            "### Scenario metrics",
            "## NFR3 table",
            "### Groups",
            "## Error summary",
            "## Bottleneck candidates",
            "## Scaling limits",
            "## Environment");

    private static final RunSummary PASSING = SummaryFixtures.summary(SummaryFixtures.sample());
    private static final RunSummary FAILING = SummaryFixtures.summary(SummaryFixtures.failing());

    @Test
    void markdown_hasEverySectionInOrder_andNoTbd_forAPassingAndAFailingRun() {
        for (RunSummary summary : List.of(PASSING, FAILING)) {
            String report = ReportWriter.markdown(summary);
            assertTrue(report.startsWith(SECTIONS.get(0) + "\n"), report);
            int at = 0;
            for (String section : SECTIONS.subList(1, SECTIONS.size())) {
                int next = report.indexOf("\n" + section + "\n");
                assertTrue(next > at, section + " missing or out of order in\n" + report);
                at = next;
            }
            assertFalse(report.toUpperCase(Locale.ROOT).contains("TBD"), report);
        }
    }

    @Test
    void markdown_opensWithTheRunLine_naming_runProfileStartDurationAndTarget() {
        String report = ReportWriter.markdown(PASSING);
        String runLine = report.lines().skip(2).findFirst().orElseThrow();
        for (String expected : List.of(
                "lt-20261122-164926-1a2b",
                "`quick`",
                "2026-11-22T16:49:26.624Z",
                "1 min 8 s",
                "stand-in at http://127.0.0.1:42679",
                "(environment: stand-in)")) {
            assertTrue(runLine.contains(expected), expected + " not in: " + runLine);
        }
    }

    @Test
    void markdown_givesTheVerdictAndEverySlo_withTargetActualAndVerdict() {
        String passing = ReportWriter.markdown(PASSING);
        assertTrue(passing.contains("**Verdict: PASS**: all 6 SLOs passed."));
        assertTrue(passing.contains("| Global | failed requests | whole run | < 1 % | 0.07 % | PASS |"), passing);

        String failing = ReportWriter.markdown(FAILING);
        assertTrue(failing.contains("**Verdict: FAIL**: 2 of 7 SLOs failed."));
        assertTrue(
                failing.contains("| Work prospects / Create prospect | 95th percentile response time | steady"
                        + " | < 500 ms | 620 ms | **FAIL** |"),
                failing);
    }

    @Test
    void markdown_showsTheP95OfEveryRequest_andMarksAssertedOnes_inTheNfr3Table() {
        String report = ReportWriter.markdown(PASSING);
        String nfr3 = section(report, "## NFR3 table");
        for (RunSummary.PathStats request : PASSING.requests()) {
            String row = nfr3.lines()
                    .filter(l -> l.startsWith("| " + request.path() + " |"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(request.path() + " has no row in\n" + nfr3));
            assertTrue(row.contains("| " + request.stats().p95() + " |"), row);
        }
        assertTrue(nfr3.contains(
                "| Check the dashboard / Get dashboard | 500 | 0 | 90 | 233 | 330 | 233 | PASS | **SLO** |"));
        assertTrue(nfr3.contains("| Authenticate / Log in | 64 | 0 | 66 | 160 | 210 | 160 | PASS | no |"));
        assertTrue(nfr3.contains("| Work prospects | 496 | 1580 | 2150 | 2400 | 2900 |"), "groups table");
    }

    @Test
    void markdown_failsARequestAgainstNfr3_onItsP95OrItsErrorRate() {
        String nfr3 = section(ReportWriter.markdown(FAILING), "## NFR3 table");
        assertTrue(nfr3.contains(
                "| Work prospects / Create prospect | 496 | 8.87 | 210 | 620 | 980 | no steady state | **FAIL** |"));
        assertTrue(
                nfr3.contains("| 72 | 16.67 | 45 | 310 | 420 | no steady state | **FAIL** |"),
                "error rate over 1 %: " + nfr3);
    }

    @Test
    void markdown_escapesPipesAndTags_soEveryTableRowKeepsItsColumns() {
        String report = ReportWriter.markdown(FAILING);
        assertTrue(report.contains("| Work prospects / Search \\| filter \\<new> & \"hot\" | 72 |"), report);
        assertTrue(report.contains("| body \\| contains \\<error> & \"quote\" |"), report);
        Pattern unescapedPipe = Pattern.compile("(?<!\\\\)\\|");
        for (String table : report.split("\n\n")) {
            List<String> rows = table.lines().filter(l -> l.startsWith("| ")).toList();
            if (!rows.isEmpty()) {
                long columns = unescapedPipe.matcher(rows.get(0)).results().count();
                rows.forEach(row -> assertEquals(
                        columns, unescapedPipe.matcher(row).results().count(), row));
            }
        }
    }

    @Test
    void markdown_listsTheTenMostFrequentErrors_withCountAndShare() {
        String errors = section(ReportWriter.markdown(FAILING), "## Error summary");
        assertTrue(errors.contains("56 errors in 12 distinct messages; the 10 most frequent:"), errors);
        assertTrue(errors.contains("| 1 | status.find.is(201), but actually found 503 | 20 | 35.71 % |"), errors);
        assertEquals(
                10, errors.lines().filter(l -> l.matches("\\| \\d+ \\| .*")).count(), errors);
        assertTrue(errors.contains("The other 2 messages account for 2 errors"), errors);
        assertFalse(errors.contains("Request timeout"), "the least frequent message is left out");
    }

    @Test
    void markdown_saysNoErrors_andNoScenarioMetrics_whenThereAreNone() {
        ObjectNode tree = SummaryFixtures.failing();
        tree.putArray("errors");
        String report = ReportWriter.markdown(SummaryFixtures.summary(tree));
        assertTrue(section(report, "## Error summary").contains("No errors."));
        assertTrue(report.contains("This simulation records no scenario metrics."));
    }

    @Test
    void markdown_showsScenarioMetrics_trendsCountersAndRates() {
        String metrics = section(ReportWriter.markdown(PASSING), "### Scenario metrics");
        assertTrue(metrics.contains("| Server-Timing db: Get dashboard | 500 | 89 | 228 | 325 | 415 | ms |"), metrics);
        assertTrue(metrics.contains("| Emails queued | 0 |"), metrics);
        assertTrue(metrics.contains("| Enrichments throttled | 0 | 0 | none counted (total is 0) |"), metrics);
    }

    @Test
    void markdown_ranksTheThreeSlowestRequestsByP95_asSymptomsNotCauses() {
        String bottlenecks = section(ReportWriter.markdown(FAILING), "## Bottleneck candidates");
        assertTrue(bottlenecks.contains("symptoms, not causes"));
        assertTrue(bottlenecks.contains("| 1 | Work prospects / Create prospect | 620 |"), bottlenecks);
        assertTrue(bottlenecks.contains("| 3 | Check the dashboard / Get dashboard | 233 |"), bottlenecks);
        assertFalse(bottlenecks.contains("| 4 |"));
    }

    @Test
    void markdown_claimsTheCapacityHeld_onlyWhenEverySloPassed() {
        String passing = section(ReportWriter.markdown(PASSING), "## Scaling limits");
        assertTrue(passing.contains("Held 50 concurrent users at 44.46 req/s with every SLO passing."), passing);
        assertTrue(passing.contains("stress or breakpoint profile run"));

        String failing = section(ReportWriter.markdown(FAILING), "## Scaling limits");
        assertFalse(failing.contains("Held "), failing);
        assertTrue(failing.contains("does not show a capacity that held"), failing);
        assertTrue(failing.contains("Work prospects / Create prospect: 95th percentile of response time"), failing);
        assertTrue(failing.contains("Global: percentage of failed events is less than 1.0"), failing);
        assertTrue(failing.contains("stress or breakpoint profile run"));
    }

    @Test
    void markdown_saysWhyAFigureIsUnknown_inTheEnvironment() {
        String passing = section(ReportWriter.markdown(PASSING), "## Environment");
        assertTrue(passing.contains("| Git commit | 940e093 |"));
        assertTrue(passing.contains("| Java | 17.0.15 (Debian) |"));
        assertTrue(passing.contains("| Max heap | 1024 MB |"));

        String failing = section(ReportWriter.markdown(FAILING), "## Environment");
        assertTrue(failing.contains("| Git commit | unknown (not a git checkout) |"), failing);
        assertTrue(failing.contains("| Hostname | unknown ("), failing);
    }

    @Test
    void markdown_describesTheLoad_asAClosedModel() {
        String config = section(ReportWriter.markdown(PASSING), "## Scenario configuration");
        for (String row : List.of(
                "| Users | 50 concurrent virtual users |",
                "| Ramp-up | 5 s |",
                "| Steady | 50 s |",
                "| Ramp-down | 5 s |",
                "| Think time | 1000 ms",
                "| Passes per user | 2 |",
                "| Max duration | 1 min 28 s")) {
            assertTrue(config.contains(row), row + " not in\n" + config);
        }
        assertTrue(config.contains("| Load model | `closed` |"), config);
        assertTrue(config.contains("Closed model: `users` is the number of concurrent virtual users"), config);
    }

    @Test
    void markdown_saysSo_whenASimulationAssertsNoSlos() {
        ObjectNode tree = SummaryFixtures.sample();
        tree.putArray("slos");
        String report = ReportWriter.markdown(SummaryFixtures.summary(tree));
        assertTrue(report.contains("**Verdict: PASS**: this simulation asserts no SLOs"), report);
        assertFalse(report.contains("with every SLO passing"), report);
        assertTrue(section(report, "## NFR3 table").contains("| PASS | no |"));
    }

    /** The text from a heading to the next heading of the same or a higher level. */
    private static String section(String report, String heading) {
        int start = report.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, heading + " missing");
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = report.length();
        for (String h = "#"; h.length() <= level.trim().length(); h += "#") {
            int next = report.indexOf("\n" + h + " ", start + heading.length() + 1);
            if (next >= 0) {
                end = Math.min(end, next);
            }
        }
        return report.substring(start, end);
    }
}
