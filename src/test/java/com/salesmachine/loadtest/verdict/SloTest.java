package com.salesmachine.loadtest.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SloTest {
    private static final Slo DASHBOARD_P95 =
            Slo.percentileBelow(List.of("Check the dashboard", "Get dashboard"), 95, 500);

    @Test
    void aLatencyObjective_isNamedWithItsWindow_andJudgedOnTheSteadyState() {
        assertEquals(
                "Check the dashboard / Get dashboard: 95th percentile of response time (steady) is less than 500 ms",
                DASHBOARD_P95.name());
        assertEquals(Slo.Window.STEADY, DASHBOARD_P95.window());
        assertEquals("percentile95", DASHBOARD_P95.metric());
        assertEquals("lt", DASHBOARD_P95.comparator().code());
    }

    @Test
    void aWorkflowObjective_isAGroupsDuration_andSaysSo() {
        Slo workflow = Slo.durationPercentileBelow(List.of("Scrape a LinkedIn profile"), 95, 5000);
        assertEquals(
                "Scrape a LinkedIn profile: 95th percentile of duration (steady) is less than 5000 ms",
                workflow.name());
        assertEquals("durationPercentile95", workflow.metric());
        assertEquals("ms", workflow.unit());
    }

    @Test
    void failureSharesAndCounts_areJudgedOnTheWholeRun() {
        assertEquals(
                "Global: share of failed events (whole run) is less than 1 %",
                Slo.globalFailedBelow(1).name());
        assertEquals(
                "Reconcile emails / Reconcile campaign emails: count of failed events (whole run) is 0",
                Slo.noFailure(List.of("Reconcile emails", "Reconcile campaign emails"))
                        .name());
        assertEquals(
                "Operations not started (time limit): value (whole run) is 0",
                Slo.counterIs("Operations not started (time limit)", 0).name());
        assertEquals(
                "Scrape: share of failed events (whole run) is less than 0.5 %",
                Slo.failedBelow(List.of("Scrape"), 0.5).name());
    }

    @Test
    void anObjective_holdsOnlyStrictlyUnderItsThreshold_andFailsWhenNothingWasMeasured() {
        assertTrue(SloOutcome.judge(DASHBOARD_P95, OptionalDouble.of(499)).passed());
        assertFalse(SloOutcome.judge(DASHBOARD_P95, OptionalDouble.of(500)).passed());
        SloOutcome none = SloOutcome.judge(DASHBOARD_P95, OptionalDouble.empty());
        assertFalse(none.passed());
        assertEquals("not measured (no data in its scope and window)", none.actualText());
        assertTrue(SloOutcome.judge(Slo.ran(List.of("A", "B")), OptionalDouble.of(1))
                .passed());
        assertFalse(SloOutcome.judge(Slo.ran(List.of("A", "B")), OptionalDouble.of(0))
                .passed());
    }

    @Test
    void theConsoleLine_saysPassOrFail_theNameAndTheActualValue() {
        assertEquals(
                "SLO FAIL " + DASHBOARD_P95.name() + " (actual 512 ms)",
                SloOutcome.judge(DASHBOARD_P95, OptionalDouble.of(512)).line());
    }

    @Test
    void aPercentileOutsideZeroToHundred_orAnEmptyPath_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Slo.percentileBelow(List.of("A"), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> Slo.percentileBelow(List.of("A"), 101, 10));
        assertThrows(IllegalArgumentException.class, () -> Slo.noFailure(List.of()));
    }
}
