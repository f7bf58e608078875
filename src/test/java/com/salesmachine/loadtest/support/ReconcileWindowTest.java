package com.salesmachine.loadtest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.LoadShape;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The time limits of the paced load and its reconciliation, on a fake clock. */
class ReconcileWindowTest {
    /** 10 s of ramp-up and steady time, 1 s pace: operations start until 15 s (5 s minimum slack). */
    private final PacedLoad load = new PacedLoad(
            LoadShape.of(5, Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ZERO, Duration.ZERO, 8));

    private final AtomicLong nanos = new AtomicLong(42);
    private final ReconcileWindow window = new ReconcileWindow(load, Duration.ofSeconds(20), nanos::get);

    @Test
    void operationsStart_untilTheLastStart() {
        at(14_999);
        assertTrue(window.mayStartOperation());
        at(15_000);
        assertFalse(window.mayStartOperation());
    }

    @Test
    void theWait_lastsTheTimeout_fromWhenTheReconciliationStarts() {
        at(16_000);
        assertFalse(window.mayWait(), "not waiting before the reconciliation starts");
        window.startWaiting();
        at(17_000);
        window.startWaiting();

        at(35_999);
        assertTrue(window.mayWait());
        at(36_000);
        assertFalse(window.mayWait());
        assertTrue(window.mayCheck(), "verdicts are still given after the wait");
    }

    @Test
    void aLateStart_doesNotPushTheWaitOrTheHardStopPastTheRunsBound() {
        at(40_000);
        window.startWaiting();

        at(44_999);
        assertTrue(window.mayWait(), "the load should end by 25 s, so the wait ends by 45 s");
        at(45_000);
        assertFalse(window.mayWait());
        at(54_999);
        assertTrue(window.mayCheck());
        at(55_000);
        assertFalse(window.mayCheck());
        assertEquals(
                Duration.ofSeconds(55 + 12),
                ReconcileWindow.maxDuration(load, Duration.ofSeconds(20)),
                "a request time-out (10 s) after the hard stop");
    }

    private void at(long millisFromStart) {
        nanos.set(42 + Duration.ofMillis(millisFromStart).toNanos());
    }
}
