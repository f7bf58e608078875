package com.salesmachine.loadtest.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RunVerdictTest {
    private static final Slo P95 = Slo.percentileBelow(List.of("G", "R"), 95, 500);
    private static final SloOutcome HELD = SloOutcome.judge(P95, OptionalDouble.of(100));
    private static final SloOutcome BROKEN = SloOutcome.judge(P95, OptionalDouble.of(600));

    @Test
    void everySloHeld_andTheRunIsValid_isPass_exit0() {
        var verdict = new RunVerdict(List.of(HELD, HELD), List.of());
        assertEquals("PASS", verdict.verdict());
        assertEquals(0, verdict.exitCode());
        assertEquals(
                "Verdict: PASS (every one of 2 SLOs held)",
                verdict.consoleLines().get(2));
    }

    @Test
    void aFailedSlo_isFail_exit2_theCodeGatlingGivesAFailedAssertion() {
        var verdict = new RunVerdict(List.of(HELD, BROKEN), List.of());
        assertEquals("FAIL", verdict.verdict());
        assertEquals(2, verdict.exitCode());
        assertEquals("FAIL (1 of 2 SLOs failed)", verdict.headline());
    }

    @Test
    void anInvalidRun_isInvalid_exit4_evenWhenEverySloHeld_andSaysWhy() {
        var verdict = new RunVerdict(List.of(HELD, BROKEN), List.of("generator saturated: injector CPU 97 %"));
        assertEquals("INVALID", verdict.verdict());
        assertEquals(4, verdict.exitCode());
        assertEquals(
                "Verdict: INVALID: generator saturated: injector CPU 97 %",
                verdict.consoleLines().get(2));
    }

    @Test
    void workUnderTheMinimumShare_makesTheRunInvalid_withTheCounts() {
        List<String> reasons = Validity.reasons(
                List.of(
                        new Work("sessions finished", "sessions", 40, 38),
                        new Work("operations started", "operations", 40, 6)),
                95,
                List.of("longest GC pause 1450 ms (limit 1000 ms)"));
        assertEquals(
                List.of(
                        "achieved less than intended: operations started: 6 of 40 operations (15.0 %), under the 95 % a"
                                + " valid run needs",
                        "generator saturated: longest GC pause 1450 ms (limit 1000 ms)"),
                reasons);
    }

    @Test
    void workAtTheMinimumShare_orWithNothingIntended_orStatedOnly_isValid() {
        assertEquals(List.of(), Validity.reasons(List.of(new Work("rate", "per second", 10, 2, false)), 95, List.of()));
        assertEquals(
                List.of(),
                Validity.reasons(List.of(new Work("a", "users", 100, 95), new Work("b", "x", 0, 0)), 95, List.of()));
    }

    private static final String ERRORS_NAME = "Global: share of failed events (whole run) is less than 1 %";

    private static final Stop STOP = new Stop(
            java.time.Instant.parse("2026-12-02T14:02:10Z").toEpochMilli(),
            ERRORS_NAME,
            "error rate 23 %",
            23,
            15,
            180);

    @Test
    void aStoppedRun_isStopped_exit3_beatingFail_andPrintsWhenAndWhyFirst() {
        var verdict = new RunVerdict(List.of(HELD, BROKEN), List.of(), java.util.Optional.of(STOP));
        assertEquals("STOPPED", verdict.verdict());
        assertEquals(3, verdict.exitCode());
        assertEquals(
                List.of(
                        "Stopped at 14:02:10: error rate 23 % over 15 s at 180 users",
                        HELD.line(),
                        BROKEN.line(),
                        "Verdict: STOPPED at 14:02:10: error rate 23 % over 15 s at 180 users"),
                verdict.consoleLines());
    }

    @Test
    void anInvalidRun_beatsAStop() {
        var verdict = new RunVerdict(List.of(HELD), List.of("generator saturated: x"), java.util.Optional.of(STOP));
        assertEquals("INVALID", verdict.verdict());
        assertEquals(4, verdict.exitCode());
    }
}
