package com.salesmachine.loadtest.standin.enrichment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The AI provider's request budget as a token bucket: it holds at most {@code burst} tokens, refills
 * continuously at {@code perMinute} tokens a minute, starts full, and every accepted request takes
 * one token. Time comes from the injected clock. Thread-safe.
 *
 * <p>Kept in whole nanoseconds as the time the bucket will be full again (the generic cell rate
 * algorithm's "theoretical arrival time"), so no rounding drifts the rate.
 */
public final class TokenBucket implements RateLimiter {
    private final long interval;
    private final long tolerance;
    private final Clock clock;
    private final Instant origin;
    /** Nanoseconds after {@code origin} at which the bucket is full again. */
    private long fullAt;

    public TokenBucket(double perMinute, int burst, Clock clock) {
        if (!(perMinute > 0) || !Double.isFinite(perMinute) || burst < 1) {
            throw new IllegalArgumentException("need a positive rate and a burst of at least 1");
        }
        this.interval = Math.max(1, Math.round(60e9 / perMinute));
        this.tolerance = interval * (burst - 1);
        this.clock = clock;
        this.origin = clock.instant();
    }

    /** Takes a token when there is one; otherwise says how long until there will be one. */
    @Override
    public synchronized Take take() {
        long now = now();
        long start = Math.max(fullAt, now);
        long wait = start - tolerance - now;
        if (wait > 0) {
            return new Take(false, Duration.ofNanos(wait));
        }
        fullAt = start + interval;
        return new Take(true, Duration.ZERO);
    }

    /** Rounded up, so a client that waits what it is told never comes back before a token is there. */
    @Override
    public RetryAfterForm.Rounding rounding() {
        return RetryAfterForm.Rounding.UP;
    }

    /** Tokens available now (a fraction while one is refilling). */
    public synchronized double available() {
        long now = now();
        return (double) (tolerance + interval - (Math.max(fullAt, now) - now)) / interval;
    }

    private long now() {
        return Duration.between(origin, clock.instant()).toNanos();
    }
}
