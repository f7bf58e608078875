package com.salesmachine.loadtest.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.load.PacedLoad;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The time limits of the paced load and its reconciliation, on a fake clock. */
class ReconcileWindowTest {
    private static final Duration PREPARATION = Duration.ofSeconds(60);

    /**
     * 2 s of ramp-up, 8 s steady, 8 operations a user: a 1 s pace, a 5 s start slack (the minimum),
     * operations start until 2 + 5 + 7 + 5 = 19 s.
     */
    private final PacedLoad load = new PacedLoad(
            LoadShape.of(5, Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ZERO, Duration.ZERO, 8),
            PREPARATION);

    private final AtomicLong nanos = new AtomicLong(42);
    private final ReconcileWindow window = new ReconcileWindow(load, Duration.ofSeconds(20), nanos::get);

    @Test
    void anOperationStarts_untilOneSlackPastDue_countedFromWhenItsUserWasReady() {
        at(3_000);
        long readyAt = window.now();

        at(3_000 + 4 * 1_000 + 4_999);
        assertTrue(window.mayStartOperation(readyAt, 4), "due at 7 s, 4.999 s late");
        at(3_000 + 4 * 1_000 + 5_000);
        assertFalse(window.mayStartOperation(readyAt, 4), "5 s late");
        assertTrue(window.mayStartOperation(readyAt, 5), "the next one is due 1 s later");
    }

    @Test
    void operationsAreDue_onePaceApart_fromWhenTheirUserWasReady_evenAfterOneRanLong() {
        at(3_000);
        long readyAt = window.now();

        assertEquals(Duration.ZERO, window.untilDue(readyAt, 0));
        assertEquals(Duration.ofSeconds(2), window.untilDue(readyAt, 2));
        at(3_000 + 6_500);
        assertEquals(Duration.ZERO, window.untilDue(readyAt, 2), "overdue: it may start at once");
        assertEquals(Duration.ofMillis(500), window.untilDue(readyAt, 7), "the plan does not drift");
    }

    @Test
    void aLongPreparation_doesNotCostTheFirstOperation() {
        at(6_500);
        long readyAt = window.now();

        assertTrue(window.mayStartOperation(readyAt, 0), "6.5 s after the start, due now");
    }

    @Test
    void noOperationStarts_afterTheLastStart_howeverLateItsUserWasReady() {
        at(10_000);
        long readyAt = window.now();

        at(18_999);
        assertTrue(window.mayStartOperation(readyAt, 7), "due at 17 s");
        at(19_000);
        assertFalse(window.mayStartOperation(readyAt, 7), "due at 17 s, but the load's last start is 19 s");
    }

    @Test
    void aOneShotOperation_alwaysStarts_howeverLongThePreparationTook() {
        var smoke = new PacedLoad(load.shape().smoke(), PREPARATION);
        var oneShot = new ReconcileWindow(smoke, Duration.ofSeconds(20), nanos::get);

        at(5_000);
        assertTrue(oneShot.mayStartOperation(oneShot.now(), 0), "past the old 5 s limit");
        at(90_000);
        assertTrue(oneShot.mayStartOperation(oneShot.now(), 0), "past the longest preparation even");
        assertEquals(
                PREPARATION.plusSeconds(10 + 20 + 10 + 12),
                ReconcileWindow.maxDuration(smoke, Duration.ofSeconds(20)),
                "the bound leaves room for the longest preparation, then the operation and the reconciliation");
    }

    @Test
    void theWait_lastsTheTimeout_fromWhenTheReconciliationStarts() {
        at(20_000);
        assertFalse(window.mayWait(), "not waiting before the reconciliation starts");
        window.startWaiting();
        at(21_000);
        window.startWaiting();

        at(39_999);
        assertTrue(window.mayWait());
        at(40_000);
        assertFalse(window.mayWait());
        assertTrue(window.mayCheck(), "verdicts are still given after the wait");
    }

    @Test
    void aLateStart_doesNotPushTheWaitOrTheHardStopPastTheRunsBound() {
        at(44_000);
        window.startWaiting();

        at(48_999);
        assertTrue(window.mayWait(), "the load should end by 29 s, so the wait ends by 49 s");
        at(49_000);
        assertFalse(window.mayWait());
        at(58_999);
        assertTrue(window.mayCheck());
        at(59_000);
        assertFalse(window.mayCheck());
        assertEquals(
                Duration.ofSeconds(59 + 12),
                ReconcileWindow.maxDuration(load, Duration.ofSeconds(20)),
                "a request time-out (10 s) after the hard stop");
    }

    @Test
    void theRequestTimeOut_isGatlingConfs_andTheFinalMarginOutlastsIt() throws IOException {
        String conf;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("gatling.conf")) {
            conf = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher timeout =
                Pattern.compile("(?m)^\\s*requestTimeout\\s*=\\s*(\\d+)").matcher(conf);

        assertTrue(timeout.find(), "gatling.conf sets gatling.http.requestTimeout");
        assertEquals(ReconcileWindow.REQUEST_TIMEOUT, Duration.ofMillis(Long.parseLong(timeout.group(1))));
        assertTrue(ReconcileWindow.FINAL_MARGIN.compareTo(ReconcileWindow.REQUEST_TIMEOUT) > 0);
    }

    private void at(long millisFromStart) {
        nanos.set(42 + Duration.ofMillis(millisFromStart).toNanos());
    }
}
