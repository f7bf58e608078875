package com.salesmachine.loadtest.standin.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void aNewBucket_grantsItsBurstAtOnce_thenRefuses() {
        var bucket = new TokenBucket(50, 5, clock);

        for (int i = 0; i < 5; i++) {
            assertTrue(bucket.take().taken(), "take " + i);
        }
        TokenBucket.Take refused = bucket.take();

        assertFalse(refused.taken());
        assertEquals(Duration.ofMillis(1200), refused.untilNextToken());
    }

    @Test
    void anEmptyBucket_refillsAtItsRate_oneTokenEveryMinuteDividedByTheRate() {
        var bucket = new TokenBucket(50, 5, clock);
        drain(bucket);

        clock.advance(Duration.ofMillis(1199));
        TokenBucket.Take early = bucket.take();
        assertFalse(early.taken());
        assertEquals(Duration.ofMillis(1), early.untilNextToken());

        clock.advance(Duration.ofMillis(1));
        assertTrue(bucket.take().taken());
        assertFalse(bucket.take().taken());
    }

    @Test
    void aRefusal_takesNothing_soTheNextTokenStillComesOnTime() {
        var bucket = new TokenBucket(60, 1, clock);
        drain(bucket);

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMillis(90));
            assertFalse(bucket.take().taken());
        }
        clock.advance(Duration.ofMillis(100));

        assertTrue(bucket.take().taken());
    }

    @Test
    void anIdleBucket_fillsUpToItsBurst_andNoFurther() {
        var bucket = new TokenBucket(50, 5, clock);
        drain(bucket);

        clock.advance(Duration.ofHours(1));

        assertEquals(5.0, bucket.available(), 1e-9);
        assertEquals(5, drain(bucket));
    }

    @Test
    void overOneMinuteFromEmpty_itGrantsItsRatePerMinute() {
        var bucket = new TokenBucket(50, 5, clock);
        drain(bucket);
        int granted = 0;

        for (int ms = 0; ms < 60_000; ms += 100) {
            clock.advance(Duration.ofMillis(100));
            granted += drain(bucket);
        }

        assertEquals(50, granted);
    }

    @Test
    void aFractionalRate_isHonoured() {
        var bucket = new TokenBucket(0.5, 1, clock);
        drain(bucket);

        assertEquals(Duration.ofMinutes(2), bucket.take().untilNextToken());
        clock.advance(Duration.ofMinutes(2));
        assertTrue(bucket.take().taken());
    }

    @Test
    void aBucketWithoutRateOrRoom_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 5, clock));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(50, 0, clock));
    }

    private static int drain(TokenBucket bucket) {
        int taken = 0;
        while (bucket.take().taken()) {
            taken++;
        }
        return taken;
    }
}
