package com.salesmachine.loadtest.standin.enrichment;

import java.time.Clock;
import java.time.Duration;

/**
 * The AI provider's request budget: every accepted request takes a share of it, a refused one is
 * told how long until one would pass. Thread-safe; time comes from the injected clock.
 */
public interface RateLimiter {
    /** The answer to one request: taken, or refused with the time until a request would pass. */
    record Take(boolean taken, Duration untilNextToken) {}

    /** Takes a share when there is one; otherwise says how long until there will be one. */
    Take take();

    /** How a refusal's wait is turned into whole seconds for {@code Retry-After}. */
    RetryAfterForm.Rounding rounding();

    /** The limiter {@code config} names: its token bucket or its fixed window. */
    static RateLimiter of(EnrichmentConfig config, Clock clock) {
        return switch (config.limiter()) {
            case BUCKET -> new TokenBucket(config.perMinute(), config.burst(), clock);
            case WINDOW -> new FixedWindow((long) config.perMinute(), config.window(), clock);
        };
    }
}
