package com.salesmachine.loadtest.standin.enrichment;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the enrichment endpoint has served since the stand-in started, readable over HTTP so tests
 * and the suite can reconcile their own counts with it: 202s, 429s, retries (a trigger for a
 * prospect whose last trigger got a 429), and retries that came sooner than the Retry-After given.
 */
public final class EnrichmentCounters {
    final LongAdder accepted = new LongAdder();
    final LongAdder throttled = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder earlyRetries = new LongAdder();

    /** The counts at one moment, with the limits they were served under. */
    public record Snapshot(long accepted, long throttled, long retries, long earlyRetries, Limit limit) {}

    /**
     * The limiter and the Retry-After form in force: a bucket of {@code perMinute} with {@code burst},
     * or a window of {@code perMinute} requests per {@code windowMs} ({@code windowMs} left out for a bucket).
     */
    public record Limit(String limiter, double perMinute, int burst, Long windowMs, String retryAfter) {}

    Snapshot snapshot(EnrichmentConfig config) {
        boolean window = config.limiter() == LimiterKind.WINDOW;
        return new Snapshot(
                accepted.sum(),
                throttled.sum(),
                retries.sum(),
                earlyRetries.sum(),
                new Limit(
                        config.limiter().key(),
                        config.perMinute(),
                        config.burst(),
                        window ? config.window().toMillis() : null,
                        config.retryAfter().key()));
    }
}
