package com.salesmachine.loadtest.standin.database;

import java.time.Duration;

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
        var header = new StringBuilder(32).append("db;dur=");
        appendMillis(header, service);
        header.append(", pool;dur=");
        appendMillis(header, waited);
        return header.toString();
    }

    /** Milliseconds to one decimal, half up, as {@code %.1f} writes them (without a formatter per request). */
    private static void appendMillis(StringBuilder header, Duration duration) {
        long nanos = duration.toNanos();
        long tenths = (Math.abs(nanos) + 50_000) / 100_000;
        if (nanos < 0 && tenths > 0) {
            header.append('-');
        }
        header.append(tenths / 10).append('.').append(tenths % 10);
    }
}
