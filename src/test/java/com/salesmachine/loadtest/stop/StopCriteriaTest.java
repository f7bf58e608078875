package com.salesmachine.loadtest.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.Stop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopCriteriaTest {
    private static final List<String> DASHBOARD = List.of("Check the dashboard", "Get dashboard");
    private static final Slo P95 = Slo.percentileBelow(DASHBOARD, 95, 500);
    private static final Slo ERRORS = Slo.globalFailedBelow(1);
    private static final Slo RAN = Slo.ran(DASHBOARD);
    private static final StopCriteria CRITERIA = new StopCriteria(List.of(RAN, P95, ERRORS), Duration.ofSeconds(15));

    /** {@code perSecond} dashboard calls a second for {@code seconds}, each {@code millis} long, failing when told. */
    private static SlidingWindow window(int seconds, int perSecond, int millis, boolean fail) {
        var w = new SlidingWindow(CRITERIA.window());
        for (int s = 0; s <= seconds; s++) {
            for (int i = 0; i < perSecond; i++) {
                long end = s * 1000L + i;
                w.request(String.join(" / ", DASHBOARD), end - millis, end, !fail);
            }
        }
        return w;
    }

    @Test
    void watchesPercentilesAndFailureShares_only() {
        assertEquals(List.of(P95, ERRORS), CRITERIA.watched());
    }

    @Test
    void aSlowRequestOverAWholeWindow_isABreach_namingItsP95() {
        var breach = CRITERIA.breach(window(20, 3, 812, false)).orElseThrow();
        assertEquals(P95, breach.slo());
        assertEquals("p95 of Check the dashboard / Get dashboard 812 ms", breach.figure());
        assertEquals(812, breach.value());
    }

    @Test
    void failuresOverAWholeWindow_areABreach_ofTheErrorRate() {
        var breach = CRITERIA.breach(window(20, 3, 50, true)).orElseThrow();
        assertEquals(ERRORS, breach.slo());
        assertEquals("error rate 100 %", breach.figure());
    }

    @Test
    void fewerThanTheMinimumSamples_neverStopARun_howeverSlow() {
        // One call a second: 16 in a 15 s window, under the 20 needed.
        assertEquals(Optional.empty(), CRITERIA.breach(window(30, 1, 5_000, true)));
    }

    @Test
    void aWindowNotYetFull_isNoBreach() {
        assertEquals(Optional.empty(), CRITERIA.breach(window(10, 10, 900, false)));
    }

    @Test
    void aHealthyWindow_isNoBreach() {
        assertEquals(Optional.empty(), CRITERIA.breach(window(20, 10, 120, false)));
    }

    @Test
    void theWatch_holdsTheFirstBreach_withItsTimeAndTheUsersActive() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T14:02:10Z"), ZoneOffset.UTC);
        var watch = new BreachWatch(CRITERIA, clock);
        for (int u = 0; u < 180; u++) {
            watch.user(true, 0);
        }
        watch.user(false, 10);
        assertEquals(Optional.empty(), watch.judge());
        for (int s = 0; s <= 20; s++) {
            for (int i = 0; i < 10; i++) {
                long end = s * 1000L + i;
                watch.request("Work prospects / List prospects", end - 20, end, i > 2);
            }
        }
        Stop stop = watch.judge().orElseThrow();
        assertEquals("Stopped at 14:02:10: error rate 30 % over 15 s at 179 users", stop.line());
        assertEquals(ERRORS.name(), stop.slo());
        // Later windows do not replace it.
        watch.request("Work prospects / List prospects", 21_000, 21_010, true);
        assertTrue(watch.judge().orElseThrow() == stop);
    }
}
