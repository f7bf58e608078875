package com.salesmachine.loadtest.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
    private static final String DASHBOARD = "Check the dashboard / Get dashboard";

    @Test
    void figures_areOverTheRecordsThatEndedInTheLastWindow_only() {
        var w = new SlidingWindow(Duration.ofSeconds(15));
        for (int s = 0; s < 30; s++) {
            // One request a second: slow and failing in the first 10 s, fast and fine after.
            long end = s * 1000L;
            w.request(DASHBOARD, end - (s < 10 ? 900 : 100), end, s >= 10);
        }
        // The window ends at 29 s: it holds the records that ended after 14 s, 15 of them, all fast.
        assertEquals(15, w.count(DASHBOARD));
        assertEquals(15, w.count(null));
        assertEquals(OptionalDouble.of(0), w.failedPercent(null));
        assertEquals(OptionalDouble.of(100), w.percentile(DASHBOARD, 95));
        assertTrue(w.full());
    }

    @Test
    void p95_isTheNearestRank_andFailedShare_countsEveryRequest() {
        var w = new SlidingWindow(Duration.ofSeconds(15));
        for (int i = 1; i <= 100; i++) {
            w.request(DASHBOARD, 1000, 1000 + i, i > 10);
        }
        w.request("Other", 1000, 1001, false);
        assertEquals(OptionalDouble.of(95), w.percentile(DASHBOARD, 95));
        assertEquals(OptionalDouble.of(10), w.failedPercent(DASHBOARD));
        assertEquals(11 * 100.0 / 101, w.failedPercent(null).getAsDouble(), 1e-9);
        assertEquals(OptionalDouble.empty(), w.percentile("Nothing", 95));
    }

    @Test
    void groups_countForTheirPath_butNotAmongTheRequests() {
        var w = new SlidingWindow(Duration.ofSeconds(15));
        w.group("Work prospects", 0, 2000, false);
        w.request("Work prospects / List prospects", 0, 100, true);
        assertEquals(OptionalDouble.of(100), w.failedPercent("Work prospects"));
        assertEquals(OptionalDouble.of(0), w.failedPercent(null));
    }

    @Test
    void aWindow_isNotFull_untilRecordsSpanItsLength_andAdvancingEmptiesIt() {
        var w = new SlidingWindow(Duration.ofSeconds(15));
        w.request(DASHBOARD, 0, 1000, true);
        w.request(DASHBOARD, 14_000, 15_000, true);
        assertFalse(w.full());
        w.request(DASHBOARD, 15_000, 16_000, true);
        assertTrue(w.full());
        w.advanceTo(40_000);
        assertEquals(0, w.count(DASHBOARD));
    }
}
