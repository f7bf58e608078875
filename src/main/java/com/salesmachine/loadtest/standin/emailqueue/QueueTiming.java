package com.salesmachine.loadtest.standin.emailqueue;

import java.time.Duration;
import java.util.Locale;

/**
 * How long a queue operation took: {@code redis}, the Redis round trip; {@code queue}, the whole
 * operation from its start to the Redis answer. Sent as {@code Server-Timing} entries.
 */
public record QueueTiming(Duration redis, Duration queue) {
    /** {@code redis;dur=1.8, queue;dur=2.0}. */
    public String serverTiming() {
        return String.format(Locale.ROOT, "redis;dur=%.1f, queue;dur=%.1f", millis(redis), millis(queue));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
