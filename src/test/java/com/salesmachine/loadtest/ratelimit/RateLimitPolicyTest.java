package com.salesmachine.loadtest.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.ratelimit.RateLimitPolicy.Decision;
import com.salesmachine.loadtest.ratelimit.RateLimitPolicy.Kind;
import com.salesmachine.loadtest.ratelimit.RateLimitPolicy.WaitSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00.400Z");
    private static final RateLimitPolicy POLICY =
            new RateLimitPolicy(202, 5, Duration.ofSeconds(10), FullJitterBackoff.DEFAULT);

    @Test
    void theAcceptedStatus_isAccepted_whateverCameBefore() {
        assertEquals(Kind.ACCEPTED, decide(202, null, 1, 0).kind());
        assertEquals(Kind.ACCEPTED, decide(202, "5", 5, 10_000).kind());
    }

    @Test
    void a429WithDelaySeconds_waitsExactlyThat() {
        Decision d = decide(429, "3", 1, 0);

        assertEquals(Kind.RETRY, d.kind());
        assertEquals(Optional.of(WaitSource.RETRY_AFTER_SECONDS), d.source());
        assertEquals(Duration.ofSeconds(3), d.delay());
    }

    @Test
    void a429WithAnHttpDate_waitsUntilThatDate() {
        Decision d = decide(429, "Mon, 02 Nov 2026 10:00:02 GMT", 1, 0);

        assertEquals(Kind.RETRY, d.kind());
        assertEquals(Optional.of(WaitSource.RETRY_AFTER_DATE), d.source());
        assertEquals(Duration.ofMillis(1600), d.delay());
    }

    @Test
    void a429WithoutRetryAfter_backsOffWithFullJitter_fromTheGivenRandom() {
        Decision first = decide(429, null, 1, 0);
        Decision third = decide(429, null, 3, 0);

        assertEquals(Optional.of(WaitSource.BACKOFF_NO_HEADER), first.source());
        assertEquals(new Random(4).nextLong(1001), first.delay().toMillis());
        assertEquals(new Random(4).nextLong(4001), third.delay().toMillis());
    }

    @Test
    void a429WithAMalformedRetryAfter_backsOff_andSaysSo() {
        Decision d = decide(429, "soon", 2, 0);

        assertEquals(Kind.RETRY, d.kind());
        assertEquals(Optional.of(WaitSource.BACKOFF_MALFORMED), d.source());
        assertTrue(d.delay().toMillis() <= 2000, d.delay().toString());
    }

    @Test
    void theLastAttemptAllowed_givesUp_sayingWhy() {
        Decision d = decide(429, "1", 5, 4_000);

        assertEquals(Kind.GIVE_UP, d.kind());
        assertEquals("still throttled (429) after 5 attempts, the cap; giving up", d.message());
    }

    @Test
    void aWaitThatWouldPassTheCap_givesUpAtOnce_sayingWhy() {
        assertEquals(Kind.RETRY, decide(429, "2", 2, 8_000).kind());

        Decision d = decide(429, "3", 2, 8_000);

        assertEquals(Kind.GIVE_UP, d.kind());
        assertEquals(
                "still throttled (429); the next wait would pass the cap of 10s waiting in all; giving up",
                d.message());
        assertEquals(Duration.ofSeconds(3), d.delay());
        assertEquals(Kind.GIVE_UP, decide(429, "3600", 1, 0).kind());
    }

    @Test
    void aRetryAfterOfZero_waitsAShortJitteredWhile_growingPerAttempt_neverABurst() {
        var random = new Random(7);
        for (int attempt = 1; attempt <= 4; attempt++) {
            long ceiling = Math.min(1000, 100L << (attempt - 1));
            for (int i = 0; i < 200; i++) {
                Decision d = POLICY.decide(429, "0", attempt, Duration.ZERO, NOW, random);
                assertEquals(Kind.RETRY, d.kind());
                assertEquals(Optional.of(WaitSource.RETRY_AFTER_SECONDS), d.source());
                assertTrue(!d.delay().isNegative() && d.delay().toMillis() <= ceiling, attempt + ": " + d.delay());
            }
        }
        // A date already past asks for no wait either: the same short wait, at most 1 s late in a window.
        Decision past = POLICY.decide(429, "Mon, 02 Nov 2026 09:59:00 GMT", 9, Duration.ZERO, NOW, random);
        assertEquals(Optional.of(WaitSource.RETRY_AFTER_DATE), past.source());
        assertTrue(past.delay().toMillis() <= 1000, past.delay().toString());
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            sum += POLICY.decide(429, "0", 4, Duration.ZERO, NOW, random)
                    .delay()
                    .toMillis();
        }
        assertTrue(sum / 200 > 200, "the waits are spread over the ceiling, mean " + sum / 200 + " ms");
    }

    @Test
    void anyOtherStatus_isAnError_notThrottling() {
        Decision d = decide(500, "1", 1, 0);

        assertEquals(Kind.ERROR, d.kind());
        assertEquals("HTTP 500, expected 202 or 429", d.message());
        assertEquals(Optional.empty(), d.source());
    }

    private static Decision decide(int status, String retryAfter, int attempt, long waitedMs) {
        return POLICY.decide(status, retryAfter, attempt, Duration.ofMillis(waitedMs), NOW, new Random(4));
    }
}
