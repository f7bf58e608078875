package com.salesmachine.loadtest.standin.emailqueue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.util.Locale;
import java.util.Optional;

/**
 * The stand-in's email-queue settings, validated: how fast the sender drains the queue, the share
 * of emails the mail provider refuses (failed, accounted for), the share the sender silently drops
 * (the bug the load test must catch), and the bearer token of the store's REST interface.
 */
public record EmailQueueConfig(
        double drainRate, double dropFraction, double failFraction, Optional<String> redisToken) {
    public static final String DRAIN_RATE = "standin.emailDrainRate";
    public static final String DROP_FRACTION = "standin.emailDropFraction";
    public static final String FAIL_FRACTION = "standin.emailFailFraction";
    public static final String REDIS_TOKEN = "standin.redisToken";

    /** Well above what the email-queue scenario offers at any profile (about 50 emails/s at quick). */
    public static final double DEFAULT_DRAIN_RATE = 200;

    static final double MAX_DRAIN_RATE = 1_000_000;

    public EmailQueueConfig {
        if (!(drainRate > 0) || drainRate > MAX_DRAIN_RATE) {
            throw new SettingException(
                    DRAIN_RATE,
                    "'" + number(drainRate) + "' is out of range; use emails per second above 0 and up to "
                            + number(MAX_DRAIN_RATE) + ", e.g. 200 or 5.5");
        }
        checkFraction(DROP_FRACTION, dropFraction);
        checkFraction(FAIL_FRACTION, failFraction);
        if (redisToken.isPresent()
                && (redisToken.get().isBlank() || redisToken.get().matches(".*\\s.*"))) {
            throw new SettingException(
                    REDIS_TOKEN, "is blank or has spaces; give the token clients must send, or leave it unset");
        }
    }

    /** Drains 200 emails/s, drops and fails nothing, a random token per start. */
    public static EmailQueueConfig defaults() {
        return new EmailQueueConfig(DEFAULT_DRAIN_RATE, 0, 0, Optional.empty());
    }

    public static EmailQueueConfig from(SettingSource settings) {
        EmailQueueConfig config = defaults();
        var rate = settings.raw(DRAIN_RATE);
        if (rate.isPresent()) {
            config = config.withDrainRate(
                    parseNumber(DRAIN_RATE, rate.get(), "is not a number of emails per second; use e.g. 200 or 5.5"));
        }
        var drop = settings.raw(DROP_FRACTION);
        if (drop.isPresent()) {
            config = config.withDropFraction(parseFraction(DROP_FRACTION, drop.get()));
        }
        var fail = settings.raw(FAIL_FRACTION);
        if (fail.isPresent()) {
            config = config.withFailFraction(parseFraction(FAIL_FRACTION, fail.get()));
        }
        return settings.raw(REDIS_TOKEN).map(config::withRedisToken).orElse(config);
    }

    public EmailQueueConfig withDrainRate(double value) {
        return new EmailQueueConfig(value, dropFraction, failFraction, redisToken);
    }

    public EmailQueueConfig withDropFraction(double value) {
        return new EmailQueueConfig(drainRate, value, failFraction, redisToken);
    }

    public EmailQueueConfig withFailFraction(double value) {
        return new EmailQueueConfig(drainRate, dropFraction, value, redisToken);
    }

    public EmailQueueConfig withRedisToken(String value) {
        return new EmailQueueConfig(drainRate, dropFraction, failFraction, Optional.of(value));
    }

    /** For logs: the token is masked. */
    @Override
    public String toString() {
        return "drainRate=" + number(drainRate) + "/s, dropFraction=" + number(dropFraction) + ", failFraction="
                + number(failFraction) + ", redisToken=" + (redisToken.isPresent() ? "***" : "random");
    }

    /** {@code 0.01} or {@code 1%}. */
    static double parseFraction(String setting, String text) {
        String trimmed = text.trim();
        boolean percent = trimmed.endsWith("%");
        String accepted = "is not a fraction from 0 to 1; use e.g. 0.01 or 1%";
        double value = parseNumber(setting, percent ? trimmed.substring(0, trimmed.length() - 1) : trimmed, accepted);
        value = percent ? value / 100 : value;
        if (value < 0 || value > 1) {
            throw new SettingException(setting, "'" + text + "' " + accepted);
        }
        return value;
    }

    private static double parseNumber(String setting, String text, String accepted) {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException(setting, "'" + text + "' " + accepted);
    }

    private static void checkFraction(String setting, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new SettingException(
                    setting, "'" + number(value) + "' is not a fraction from 0 to 1; use e.g. 0.01 or 1%");
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
