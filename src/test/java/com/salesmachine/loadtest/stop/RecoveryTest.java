package com.salesmachine.loadtest.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.verdict.Slo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryTest {
    private static final String DASHBOARD = "Check the dashboard / Get dashboard";
    private static final StopCriteria CRITERIA = new StopCriteria(
            List.of(
                    Slo.percentileBelow(List.of("Check the dashboard", "Get dashboard"), 95, 500),
                    Slo.globalFailedBelow(1)),
            Duration.ofSeconds(15));

    /** Five dashboard calls a second from {@code fromS} to {@code toS}, each {@code millis} long. */
    private static void calls(Recovery r, int fromS, int toS, int millis, boolean ok) {
        for (int s = fromS; s < toS; s++) {
            for (int i = 0; i < 5; i++) {
                long start = s * 1000L + i * 200;
                r.request(DASHBOARD, start, start + millis, ok);
            }
        }
    }

    @Test
    void recovery_isFromTheSpikesEnd_untilTheWindowHoldsForGood() {
        var r = new Recovery(CRITERIA);
        calls(r, 0, 60, 900, true); // slow until 60 s
        calls(r, 60, 120, 100, true);
        // The spike ended at 50 s; from 60 s the calls are fast, and a 15 s window holds slow ones until about 75 s.
        Optional<Duration> recovery = r.after(50_000, 120_000);
        assertEquals(Optional.of(Duration.ofSeconds(26)), recovery);
    }

    @Test
    void aWindowThatHoldsAtTheSpikesEnd_isARecoveryOfZero() {
        var r = new Recovery(CRITERIA);
        calls(r, 0, 120, 100, true);
        assertEquals(Optional.of(Duration.ZERO), r.after(50_000, 120_000));
    }

    @Test
    void aRelapse_restartsTheCount_soOnlyAHoldToTheEndCounts() {
        var r = new Recovery(CRITERIA);
        calls(r, 0, 60, 100, true);
        calls(r, 60, 70, 50, false); // failures from 60 s to 70 s: the error rate breaks from 60 s to about 85 s
        calls(r, 70, 120, 100, true);
        assertEquals(Optional.of(Duration.ofSeconds(35)), r.after(50_000, 120_000));
    }

    @Test
    void slosThatNeverHoldAgain_areNoRecovery() {
        var r = new Recovery(CRITERIA);
        calls(r, 0, 120, 50, false);
        assertEquals(Optional.empty(), r.after(50_000, 120_000));
    }
}
