package com.salesmachine.loadtest.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(200), 2.0, Duration.ofMillis(1000), 0.25);

    @Test
    void nominalWaits_startShort_growByTheFactor_andStopAtTheCap() {
        assertEquals(200, BACKOFF.nominalMillis(0));
        assertEquals(400, BACKOFF.nominalMillis(1));
        assertEquals(800, BACKOFF.nominalMillis(2));
        assertEquals(1000, BACKOFF.nominalMillis(3));
        assertEquals(1000, BACKOFF.nominalMillis(50));
    }

    @Test
    void jitter_staysWithinItsShareOfTheWait_onBothSides() {
        RandomGenerator random = new Random(9);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            int delay = BACKOFF.delayMillis(3, random);
            min = Math.min(min, delay);
            max = Math.max(max, delay);
        }
        assertTrue(min >= 750 && min < 760, "lowest " + min);
        assertTrue(max <= 1250 && max > 1240, "highest " + max);
    }

    @Test
    void jitter_isTakenFromTheGivenRandom_soTwoUsersDoNotPollTogether() {
        assertEquals(150, BACKOFF.delayMillis(0, fixed(0.0)));
        assertEquals(250, BACKOFF.delayMillis(0, fixed(0.999999)));
        assertEquals(1000, BACKOFF.delayMillis(7, fixed(0.5)));
    }

    @Test
    void theDefault_growsFrom250MillisecondsToOneSecondInFourPolls() {
        assertEquals(250, Backoff.DEFAULT.nominalMillis(0));
        assertEquals(375, Backoff.DEFAULT.nominalMillis(1));
        assertEquals(562.5, Backoff.DEFAULT.nominalMillis(2));
        assertEquals(843.75, Backoff.DEFAULT.nominalMillis(3));
        assertEquals(1000, Backoff.DEFAULT.nominalMillis(4));
    }

    @Test
    void nonsense_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, 2, Duration.ofSeconds(1), 0));
        assertThrows(
                IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1), 0));
        assertThrows(
                IllegalArgumentException.class, () -> new Backoff(Duration.ofMillis(1), 0.5, Duration.ofSeconds(1), 0));
        assertThrows(
                IllegalArgumentException.class, () -> new Backoff(Duration.ofMillis(1), 2, Duration.ofSeconds(1), 1));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
