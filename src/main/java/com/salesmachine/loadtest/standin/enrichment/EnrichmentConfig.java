package com.salesmachine.loadtest.standin.enrichment;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;

/**
 * The stand-in's AI enrichment settings, validated: the provider's request budget (a token bucket
 * of {@code perMinute} with room for {@code burst}), how a 429 says when to retry, and how long an
 * enrichment takes. Provider tiers differ (50 requests a minute on a free tier), so all are settings.
 */
public record EnrichmentConfig(double perMinute, int burst, RetryAfterForm retryAfter, ExecutionTime time) {

    public static final String RATE = "standin.enrichmentRate";
    public static final String BURST = "standin.enrichmentBurst";
    public static final String RETRY_AFTER = "standin.retryAfter";
    public static final String TIME = "standin.enrichmentTime";

    /** Median 2 s, p99 5 s, never more than 8 s. */
    public static final ExecutionTime DEFAULT_TIME = new ExecutionTime(2000, 5000, 8000);

    static final double MAX_RATE = 1_000_000;
    static final int MAX_BURST = 100_000;

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
    }

    /** 50 requests a minute with a burst of 5, Retry-After in seconds, enrichments of about 2 s. */
    public static EnrichmentConfig defaults() {
        return new EnrichmentConfig(50, 5, RetryAfterForm.SECONDS, DEFAULT_TIME);
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
                settings.raw(TIME).map(t -> ExecutionTime.parse(TIME, t)).orElse(d.time));
    }

    public EnrichmentConfig withRate(double value, int burstValue) {
        return new EnrichmentConfig(value, burstValue, retryAfter, time);
    }

    public EnrichmentConfig withRetryAfter(RetryAfterForm value) {
        return new EnrichmentConfig(perMinute, burst, value, time);
    }

    public EnrichmentConfig withTime(ExecutionTime value) {
        return new EnrichmentConfig(perMinute, burst, retryAfter, value);
    }

    @Override
    public String toString() {
        return "enrichment[rate=" + number(perMinute) + "/min, burst=" + burst + ", retryAfter=" + retryAfter
                + ", time=" + time + "]";
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
