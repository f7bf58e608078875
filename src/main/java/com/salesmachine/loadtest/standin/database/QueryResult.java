package com.salesmachine.loadtest.standin.database;

import java.time.Duration;
import java.util.Locale;

/**
 * What a modelled database call produced (a value, or the rule exception it threw) and its
 * timings: service time in the database and time spent waiting for a connection.
 */
public record QueryResult<T>(T value, RuntimeException failure, Duration service, Duration waited) {
    /** The value, or the failure thrown again. */
    public T valueOrThrow() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    /** The {@code Server-Timing} header value: {@code db;dur=12.3, pool;dur=0.0}. */
    public String serverTiming() {
        return serverTiming(service, waited);
    }

    public static String serverTiming(Duration service, Duration waited) {
        return String.format(Locale.ROOT, "db;dur=%.1f, pool;dur=%.1f", millis(service), millis(waited));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
