package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stopped stress run and a spike run, as summary.json, report.md and slo-junit.xml say them. */
class StoppedRunReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode stopped() {
        ObjectNode tree = SummaryFixtures.sample();
        tree.put("profile", "stress").put("verdict", "STOPPED").put("exitCode", 3);
        tree.set(
                "stopped",
                JSON.valueToTree(new RunSummary.Stopped(
                        1_796_181_261_911L,
                        "2026-12-02T03:14:21.911Z",
                        55,
                        "Global: share of failed events (whole run) is less than 1 %",
                        "error rate 23 % over 15 s at 180 users",
                        "error rate 23 %",
                        23,
                        15,
                        180)));
        tree.set(
                "steps",
                JSON.valueToTree(List.of(
                        new RunSummary.Step(1, 2, 12, 120, 119.5, 800, 80, 210.0, 0.0, true),
                        new RunSummary.Step(2, 12, 14.5, 180, 170.2, 300, 120, 930.0, 23.0, false))));
        return tree;
    }

    @Test
    void aStoppedRun_validatesAgainstTheSchema_andReportMdSaysWhenAndWhy() {
        ObjectNode tree = stopped();
        assertEquals(List.of(), SummarySchema.problems(tree));
        String md = ReportWriter.markdown(SummaryFixtures.summary(tree));
        assertTrue(
                md.contains("**Verdict: STOPPED**: stop criteria stopped the injection at 2026-12-02T03:14:21.911Z"
                        + " (55 s after its start): error rate 23 % over 15 s at 180 users"),
                md);
        assertTrue(md.contains("## Steps"), md);
        assertTrue(
                md.contains("| 2 | 12 s | 15 s | 180 | 170.2 | 300 | 120 req/s | 930 ms | 23 % | no (ended before) |"),
                md);
    }

    @Test
    void aStoppedRun_failsItsOwnJUnitCase_withWhenAndWhy() {
        String xml = JUnitSloWriter.xml(SummaryFixtures.summary(stopped()));
        assertTrue(xml.contains("name=\"" + JUnitSloWriter.STOP_CASE + "\""), xml);
        assertTrue(
                xml.contains(
                                "type=\"STOPPED\" message=\"STOPPED at 2026-12-02T03:14:21.911Z: error rate 23 % over 15 s at 180 users\"")
                        || xml.contains(
                                "message=\"STOPPED at 2026-12-02T03:14:21.911Z: error rate 23 % over 15 s at 180 users\""),
                xml);
    }

    @Test
    void aSpike_reportsItsRecovery_orThatItDidNotRecover() {
        ObjectNode tree = SummaryFixtures.sample().put("profile", "spike");
        tree.set(
                "spike",
                JSON.valueToTree(new RunSummary.Spike(
                        32,
                        72,
                        "2026-12-02T03:14:21Z",
                        "2026-12-02T03:15:01Z",
                        15,
                        null,
                        60,
                        "did not recover within 60 s")));
        assertEquals(List.of(), SummarySchema.problems(tree));
        String md = ReportWriter.markdown(SummaryFixtures.summary(tree));
        assertTrue(md.contains("**Recovery**: did not recover within 60 s."), md);
    }
}
