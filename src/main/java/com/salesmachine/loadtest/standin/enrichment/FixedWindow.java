package com.salesmachine.loadtest.standin.enrichment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The AI provider's request budget as a fixed window, the way express-rate-limit counts by default:
 * at most {@code limit} requests in each window of {@code length}; the count starts again from zero
 * at every window boundary, and boundaries are whole multiples of the length since the epoch (a
 * 60 s window resets at every whole minute). Time comes from the injected clock. Thread-safe.
 *
 * <p>A refused request is told the time until the window resets, which a {@code Retry-After} in
 * whole seconds rounds down: from the window's length to {@code 0}.
 */
public final class FixedWindow implements RateLimiter {
    private final long limit;
    private final long length;
    private final Clock clock;
    /** The window being counted, as its index since the epoch. */
    private long window = Long.MIN_VALUE;

    private long count;

    public FixedWindow(long limit, Duration length, Clock clock) {
        if (limit < 1 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("need a limit of at least 1 and a positive window");
        }
        this.limit = limit;
        this.length = length.toNanos();
        this.clock = clock;
    }

    @Override
    public synchronized Take take() {
        long now = epochNanos(clock.instant());
        long current = Math.floorDiv(now, length);
        if (current != window) {
            window = current;
            count = 0;
        }
        if (count >= limit) {
            return new Take(false, Duration.ofNanos((current + 1) * length - now));
        }
        count++;
        return new Take(true, Duration.ZERO);
    }

    @Override
    public RetryAfterForm.Rounding rounding() {
        return RetryAfterForm.Rounding.DOWN;
    }

    /** Requests still allowed in the current window. */
    public synchronized long remaining() {
        return Math.floorDiv(epochNanos(clock.instant()), length) == window ? limit - count : limit;
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
