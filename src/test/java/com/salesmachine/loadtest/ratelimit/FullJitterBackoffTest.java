package com.salesmachine.loadtest.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FullJitterBackoffTest {
    private static final FullJitterBackoff BACKOFF =
            new FullJitterBackoff(Duration.ofSeconds(1), Duration.ofSeconds(16));

    @Test
    void theCeiling_doublesFromTheBase_untilTheCap() {
        assertEquals(
                List.of(1000L, 2000L, 4000L, 8000L, 16000L, 16000L, 16000L),
                IntStream.rangeClosed(1, 7).mapToObj(BACKOFF::ceilingMillis).toList());
        assertEquals(16000L, BACKOFF.ceilingMillis(10_000));
    }

    @Test
    void aCapThatIsNotADoublingOfTheBase_isStillTheMost() {
        var backoff = new FullJitterBackoff(Duration.ofMillis(300), Duration.ofMillis(1000));

        assertEquals(
                List.of(300L, 600L, 1000L, 1000L),
                IntStream.rangeClosed(1, 4).mapToObj(backoff::ceilingMillis).toList());
    }

    @Test
    void waits_areDrawnFromZeroToTheCeiling_overTheWholeRange() {
        var random = new Random(11);
        for (int retry = 1; retry <= 6; retry++) {
            long ceiling = BACKOFF.ceilingMillis(retry);
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long sum = 0;
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                long wait = BACKOFF.delay(retry, random).toMillis();
                min = Math.min(min, wait);
                max = Math.max(max, wait);
                sum += wait;
            }
            assertTrue(min >= 0 && min < ceiling / 100, "retry " + retry + ": lowest " + min);
            assertTrue(max <= ceiling && max > ceiling * 99 / 100, "retry " + retry + ": highest " + max);
            double mean = (double) sum / draws;
            assertEquals(ceiling / 2.0, mean, ceiling * 0.02, "retry " + retry + ": mean");
        }
    }

    @Test
    void retriesCountFromOne_andTheBaseMustBePositiveAndWithinTheCap() {
        assertThrows(IllegalArgumentException.class, () -> BACKOFF.ceilingMillis(0));
        assertThrows(IllegalArgumentException.class, () -> new FullJitterBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FullJitterBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
