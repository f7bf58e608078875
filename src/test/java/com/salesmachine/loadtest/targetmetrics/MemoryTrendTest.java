package com.salesmachine.loadtest.targetmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class MemoryTrendTest {
    /** {@code n} points {@code everyMillis} apart, megabytes from {@code mb}. */
    private static List<MemoryTrend.Point> series(int n, long everyMillis, IntToDoubleFunction mb) {
        var points = new ArrayList<MemoryTrend.Point>();
        for (int i = 0; i < n; i++) {
            points.add(new MemoryTrend.Point(1_000_000 + i * everyMillis, mb.applyAsDouble(i)));
        }
        return points;
    }

    @Test
    void slope_isTheLeastSquaresLine_inMegabytesPerHour() {
        // 1 MB a minute for an hour: 60 MB per hour.
        var trend = MemoryTrend.of(series(61, 60_000, i -> 100 + i));

        assertEquals(60.0, trend.slopeMbPerHour(), 1e-9);
        assertEquals(130.0, trend.meanMb(), 1e-9);
        assertTrue(trend.growing());
    }

    @Test
    void aSteadyLeak_isGrowing_evenUnderGcNoise_inAShortRun() {
        var noise = new Random(3);
        // 40 s at 2 s: 0.5 MB a second on 200 MB, with +-4 MB of noise.
        var trend = MemoryTrend.of(series(20, 2_000, i -> 200 + i + (noise.nextDouble() - 0.5) * 8));

        assertTrue(trend.slopeMbPerHour() > 1000, "slope " + trend.slopeMbPerHour());
        assertTrue(trend.growing());
    }

    @Test
    void aFlatSeriesWithNoise_isNotGrowing() {
        var noise = new Random(5);
        for (int run = 0; run < 50; run++) {
            var trend = MemoryTrend.of(series(20, 2_000, i -> 200 + (noise.nextDouble() - 0.5) * 20));
            assertFalse(trend.growing(), "run " + run + ": slope " + trend.slopeMbPerHour());
        }
    }

    @Test
    void aGcSawtooth_isNotGrowing() {
        // Up 10 MB, collected back, over and over.
        var trend = MemoryTrend.of(series(30, 2_000, i -> 150 + (i % 5) * 2.5));
        assertFalse(trend.growing(), "slope " + trend.slopeMbPerHour());
    }

    @Test
    void aTinyDriftOverAShortSpan_isNotGrowing_thoughItWouldBeFivePercentAnHour() {
        // 0.5 % over 40 s: 45 % an hour, yet too small to tell from noise in the run itself.
        var trend = MemoryTrend.of(series(21, 2_000, i -> 200 + i * 0.05));
        assertTrue(trend.slopeMbPerHour() * 100 / trend.meanMb() > MemoryTrend.MIN_PERCENT_PER_HOUR);
        assertFalse(trend.growing());
    }

    @Test
    void shrinkingMemory_isNotGrowing_andFewPoints_areNotJudged() {
        assertFalse(MemoryTrend.of(series(20, 2_000, i -> 300 - i)).growing());
        assertFalse(MemoryTrend.of(series(5, 2_000, i -> 100 + 10 * i)).growing());
        assertNull(MemoryTrend.of(series(2, 2_000, i -> 100 + i)));
        assertNull(MemoryTrend.of(series(4, 0, i -> 100 + i)));
    }

    @Test
    void growthThatStops_inTheFirstThird_isNotGrowing() {
        // Warm-up: up 30 MB in the first few samples, then flat for the rest.
        var trend = MemoryTrend.of(series(30, 2_000, i -> i < 6 ? 100 + 5 * i : 130));
        assertFalse(trend.growing(), "slope " + trend.slopeMbPerHour());
    }
}
