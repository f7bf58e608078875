package com.salesmachine.loadtest.standin.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedWindowTest {
    /** 25 s into a minute, so the 60 s window resets 35 s from now. */
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-02T10:00:25Z"));

    @Test
    void aWindow_passesItsLimit_thenRefusesUntilTheBoundary_withTheTimeLeft() {
        var window = new FixedWindow(3, Duration.ofSeconds(60), clock);

        for (int i = 0; i < 3; i++) {
            assertTrue(window.take().taken(), "take " + i);
        }
        RateLimiter.Take refused = window.take();

        assertFalse(refused.taken());
        assertEquals(Duration.ofSeconds(35), refused.untilNextToken());
        assertEquals(0, window.remaining());
    }

    @Test
    void theCount_startsAgainAtTheBoundaryAlignedToTheWindow_notAMinuteAfterTheFirstRequest() {
        var window = new FixedWindow(2, Duration.ofSeconds(60), clock);
        window.take();
        window.take();

        clock.advance(Duration.ofMillis(34_999));
        RateLimiter.Take early = window.take();
        assertFalse(early.taken());
        assertEquals(Duration.ofMillis(1), early.untilNextToken());

        clock.advance(Duration.ofMillis(1));
        assertEquals(2, window.remaining());
        assertTrue(window.take().taken());
        assertTrue(window.take().taken());
        RateLimiter.Take full = window.take();
        assertFalse(full.taken());
        assertEquals(Duration.ofSeconds(60), full.untilNextToken());
    }

    @Test
    void aRefusal_takesNothing_andAQuietWindowsUnusedShareIsNotCarriedOver() {
        var window = new FixedWindow(1, Duration.ofSeconds(10), clock);
        window.take();
        for (int i = 0; i < 5; i++) {
            assertFalse(window.take().taken());
        }

        clock.advance(Duration.ofSeconds(35));

        assertTrue(window.take().taken());
        assertFalse(window.take().taken());
    }

    @Test
    void refusals_areRoundedDown_andBadLimitsAreRefused() {
        assertEquals(RetryAfterForm.Rounding.DOWN, new FixedWindow(1, Duration.ofSeconds(1), clock).rounding());
        assertThrows(IllegalArgumentException.class, () -> new FixedWindow(0, Duration.ofSeconds(60), clock));
        assertThrows(IllegalArgumentException.class, () -> new FixedWindow(1, Duration.ZERO, clock));
    }
}
