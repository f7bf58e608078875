package com.salesmachine.loadtest.ratelimit;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with full jitter, for retries the server gave no usable time for: the wait
 * before retry {@code n} (1 is the first) is drawn uniformly from zero to {@code base * 2^(n-1)},
 * that ceiling capped at {@code cap}. Drawing from zero spreads clients that were refused together
 * over the whole window, so they do not come back together.
 */
public record FullJitterBackoff(Duration base, Duration cap) {

    /** 1 s, 2 s, 4 s, 8 s, then 16 s at most. */
    public static final FullJitterBackoff DEFAULT =
            new FullJitterBackoff(Duration.ofSeconds(1), Duration.ofSeconds(16));

    public FullJitterBackoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got " + base + " and " + cap);
        }
    }

    /** The most retry {@code retry} may wait, in milliseconds. */
    public long ceilingMillis(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries count from 1, got " + retry);
        }
        long ceiling = base.toMillis();
        for (int i = 1; i < retry && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, cap.toMillis());
    }

    /** The wait before retry {@code retry}, drawn from {@code random}: 0 to the ceiling, both included. */
    public Duration delay(int retry, RandomGenerator random) {
        return Duration.ofMillis(random.nextLong(ceilingMillis(retry) + 1));
    }
}
