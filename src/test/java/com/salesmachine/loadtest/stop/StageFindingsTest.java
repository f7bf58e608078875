package com.salesmachine.loadtest.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Stages;
import com.salesmachine.loadtest.results.LogAnalysis;
import com.salesmachine.loadtest.results.RecordSink;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.verdict.Slo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageFindingsTest {
    private static final String DASHBOARD = "Check the dashboard / Get dashboard";
    private static final long T0 = 1_000_000;
    private static final StopCriteria CRITERIA = new StopCriteria(
            List.of(Slo.percentileBelow(List.of("Check the dashboard", "Get dashboard"), 95, 500)),
            Duration.ofSeconds(5));
    private static final LoadShape LOAD =
            LoadShape.of(4, Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ZERO, Duration.ZERO, 1);
    private static final Stages SHORT =
            new Stages(Duration.ofSeconds(10), 2, Duration.ofSeconds(5), Duration.ofSeconds(20));

    /** {@code users} users from {@code fromS}, and ten dashboard calls a second of {@code millis} until {@code toS}. */
    private static void load(RecordSink sink, int users, int fromS, int toS, int millis) {
        for (int u = 0; u < users; u++) {
            sink.user(true, T0 + fromS * 1000L);
        }
        for (long t = T0 + fromS * 1000L; t < T0 + toS * 1000L; t += 100) {
            sink.request(DASHBOARD, t, t + millis, true);
        }
    }

    @Test
    void aStaircase_saysEachStepsIntendedAndAchievedUsers_andWhatItsRequestsDid() {
        LoadShape stress = SHORT.stress(LOAD); // 2 s ramp-up, then 4, 6 and 8 users for 10 s each
        RecordSink.Replay records = sink -> {
            load(sink, 4, 0, 12, 100);
            load(sink, 2, 12, 22, 200);
            // Stopped 5 s into the third step, with its 2 more users.
            load(sink, 2, 22, 27, 900);
        };
        LogAnalysis.Findings findings = new StageFindings(stress, false, CRITERIA).read(T0, T0 + 27_000, records);

        assertEquals(3, findings.steps().size());
        RunSummary.Step first = findings.steps().get(0);
        assertEquals(new RunSummary.Step(1, 2, 12, 4, 4, 100, 10, 100.0, 0.0, true), first);
        RunSummary.Step last = findings.steps().get(2);
        assertEquals(8, last.intendedUsers());
        assertEquals(8, last.achievedUsers(), 1e-9);
        assertEquals(22, last.fromSeconds());
        assertEquals(27, last.toSeconds());
        assertEquals(900.0, last.p95Ms());
        assertFalse(last.completed(), "the run ended 5 s into it");
        assertNull(findings.spike());
    }

    @Test
    void aSpike_saysWhenItWentUpAndCameBack_andItsRecovery() {
        LoadShape spike = SHORT.spike(LOAD); // 2 s ramp-up, 5 s at 4, 10 s up to 20, 5 s, 10 s down, 20 s at 4
        assertEquals(Duration.ofSeconds(52), spike.injectionTime());
        RecordSink.Replay records = sink -> {
            load(sink, 4, 0, 7, 100);
            load(sink, 16, 7, 32, 900); // slow through the spike and its ramp-down
            load(sink, 0, 32, 40, 900); // still slow 8 s into the recovery hold
            load(sink, 0, 40, 52, 100);
        };
        RunSummary.Spike found = new StageFindings(spike, true, CRITERIA)
                .read(T0, T0 + 52_000, records)
                .spike();

        assertEquals(7, found.startSeconds());
        assertEquals(32, found.endSeconds());
        assertEquals(20, found.observedSeconds());
        // Fast calls from 40 s; a 5 s window still holds slow ones until about 45 s.
        assertEquals(14.0, found.recoverySeconds());
        assertTrue(found.recovery().startsWith("recovered 14 s after the spike"), found.recovery());
    }

    @Test
    void aSpikeThatNeverRecovers_saysSo() {
        LoadShape spike = SHORT.spike(LOAD);
        RecordSink.Replay records = sink -> load(sink, 4, 0, 52, 900);
        RunSummary.Spike found = new StageFindings(spike, true, CRITERIA)
                .read(T0, T0 + 52_000, records)
                .spike();
        assertNull(found.recoverySeconds());
        assertEquals("did not recover within 20 s", found.recovery());
    }

    @Test
    void aOneLevelShape_hasNoSteps() {
        assertEquals(
                LogAnalysis.Findings.NONE,
                new StageFindings(LOAD, false, CRITERIA).read(T0, T0 + 22_000, sink -> load(sink, 4, 0, 22, 100)));
    }
}
