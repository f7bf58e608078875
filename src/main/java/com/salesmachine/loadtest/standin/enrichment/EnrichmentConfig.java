package com.salesmachine.loadtest.standin.enrichment;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;
import java.time.Duration;

/**
 * The stand-in's AI enrichment settings, validated: the provider's request budget (a token bucket
 * of {@code perMinute} with room for {@code burst}, or a fixed window of {@code perMinute} requests
 * per {@code window}), how a 429 says when to retry, and how long an enrichment takes. Provider tiers
 * differ (50 requests a minute on a free tier), so all are settings.
 */
public record EnrichmentConfig(
        double perMinute,
        int burst,
        RetryAfterForm retryAfter,
        ExecutionTime time,
        LimiterKind limiter,
        Duration window) {

    public static final String RATE = "standin.enrichmentRate";
    public static final String BURST = "standin.enrichmentBurst";
    public static final String RETRY_AFTER = "standin.retryAfter";
    public static final String TIME = "standin.enrichmentTime";
    public static final String LIMITER = "standin.enrichmentLimiter";
    public static final String WINDOW = "standin.enrichmentWindow";

    /** Median 2 s, p99 5 s, never more than 8 s. */
    public static final ExecutionTime DEFAULT_TIME = new ExecutionTime(2000, 5000, 8000);

    static final double MAX_RATE = 1_000_000;
    static final int MAX_BURST = 100_000;
    static final Duration MIN_WINDOW = Duration.ofSeconds(1);
    static final Duration MAX_WINDOW = Duration.ofHours(24);

    public EnrichmentConfig {
        if (!(perMinute > 0) || perMinute > MAX_RATE) {
            throw new SettingException(
                    RATE,
                    "'" + perMinute + "' is out of range; use a number of requests a minute" + " above 0 and at most "
                            + (long) MAX_RATE + ", e.g. 50");
        }
        if (burst < 1 || burst > MAX_BURST) {
            throw new SettingException(BURST, "'" + burst + "' is out of range; use 1 to " + MAX_BURST);
        }
        if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new SettingException(
                    WINDOW, "'" + window.toMillis() + "ms' is out of range; use 1s to 24h, e.g. 60s or 1m");
        }
        if (limiter == LimiterKind.WINDOW && perMinute != Math.rint(perMinute)) {
            throw new SettingException(
                    RATE,
                    "'" + number(perMinute) + "' is not a whole number; " + LIMITER
                            + "=window allows a whole number of requests per window, e.g. 50");
        }
    }

    /** 50 requests a minute with a burst of 5, Retry-After in seconds, enrichments of about 2 s. */
    public static EnrichmentConfig defaults() {
        return new EnrichmentConfig(
                50, 5, RetryAfterForm.SECONDS, DEFAULT_TIME, LimiterKind.BUCKET, Duration.ofSeconds(60));
    }

    /** Reads every enrichment setting; throws {@link SettingException} on the first bad one. */
    public static EnrichmentConfig from(SettingSource settings) {
        EnrichmentConfig d = defaults();
        return new EnrichmentConfig(
                settings.raw(RATE).map(EnrichmentConfig::rate).orElse(d.perMinute),
                settings.positiveInt(BURST, d.burst),
                settings.raw(RETRY_AFTER)
                        .map(v -> RetryAfterForm.parse(RETRY_AFTER, v))
                        .orElse(d.retryAfter),
                settings.raw(TIME).map(t -> ExecutionTime.parse(TIME, t)).orElse(d.time),
                settings.raw(LIMITER).map(v -> LimiterKind.parse(LIMITER, v)).orElse(d.limiter),
                settings.positiveDuration(WINDOW, d.window));
    }

    /** The budget: requests a minute for the bucket, requests per {@link #window()} for the window. */
    @Override
    public double perMinute() {
        return perMinute;
    }

    public EnrichmentConfig withRate(double value, int burstValue) {
        return new EnrichmentConfig(value, burstValue, retryAfter, time, limiter, window);
    }

    public EnrichmentConfig withRetryAfter(RetryAfterForm value) {
        return new EnrichmentConfig(perMinute, burst, value, time, limiter, window);
    }

    public EnrichmentConfig withTime(ExecutionTime value) {
        return new EnrichmentConfig(perMinute, burst, retryAfter, value, limiter, window);
    }

    /** A fixed window of {@code requests} per {@code length}. */
    public EnrichmentConfig withWindow(long requests, Duration length) {
        return new EnrichmentConfig(requests, burst, retryAfter, time, LimiterKind.WINDOW, length);
    }

    @Override
    public String toString() {
        String budget = limiter == LimiterKind.BUCKET
                ? "rate=" + number(perMinute) + "/min, burst=" + burst
                : "rate=" + number(perMinute) + " per " + window.toMillis() + "ms window";
        return "enrichment[limiter=" + limiter + ", " + budget + ", retryAfter=" + retryAfter + ", time=" + time + "]";
    }

    private static double rate(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && value <= MAX_RATE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException(
                RATE, "'" + text + "' is not a number of requests a minute; use a number above 0, e.g. 50");
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
