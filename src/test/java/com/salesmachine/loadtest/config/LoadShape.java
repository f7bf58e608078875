package com.salesmachine.loadtest.config;

import java.time.Duration;

/**
 * How much load one simulation offers: {@code users} concurrent virtual users, ramped up, held and
 * ramped down, each running {@code passes} passes of its journey with {@code thinkTime} (mean)
 * between requests.
 *
 * <p>{@code oneShot} starts all users at once for exactly one pass (the smoke profile).
 */
public record LoadShape(
        int users,
        Duration rampUp,
        Duration steady,
        Duration rampDown,
        Duration thinkTime,
        int passes,
        boolean oneShot) {

    public LoadShape {
        if (users < 1 || passes < 1) {
            throw new IllegalArgumentException("users and passes must be positive");
        }
    }

    public static LoadShape of(
            int users, Duration rampUp, Duration steady, Duration rampDown, Duration thinkTime, int passes) {
        return new LoadShape(users, rampUp, steady, rampDown, thinkTime, passes, false);
    }

    /** Ramp-up, steady state and ramp-down together. */
    public Duration injectionTime() {
        return oneShot ? Duration.ZERO : rampUp.plus(steady).plus(rampDown);
    }

    /** The same shape with its phases shrunk in proportion so the injection lasts at most {@code budget}. */
    public LoadShape scaledToFit(Duration budget) {
        Duration total = injectionTime();
        if (oneShot || total.compareTo(budget) <= 0) {
            return this;
        }
        double factor = (double) budget.toMillis() / total.toMillis();
        return new LoadShape(
                users, scale(rampUp, factor), scale(steady, factor), scale(rampDown, factor), thinkTime, passes, false);
    }

    public LoadShape withUsers(int value) {
        return new LoadShape(value, rampUp, steady, rampDown, thinkTime, passes, oneShot);
    }

    public LoadShape withRampUp(Duration value) {
        return new LoadShape(users, value, steady, rampDown, thinkTime, passes, oneShot);
    }

    public LoadShape withSteady(Duration value) {
        return new LoadShape(users, rampUp, value, rampDown, thinkTime, passes, oneShot);
    }

    public LoadShape withRampDown(Duration value) {
        return new LoadShape(users, rampUp, steady, value, thinkTime, passes, oneShot);
    }

    public LoadShape withThinkTime(Duration value) {
        return new LoadShape(users, rampUp, steady, rampDown, value, passes, oneShot);
    }

    /** One user, one pass, no think time: every request once. */
    public LoadShape smoke() {
        return new LoadShape(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1, true);
    }

    private static Duration scale(Duration d, double factor) {
        if (d.isZero()) {
            return d;
        }
        return Duration.ofSeconds(Math.max(1, Math.round(d.toMillis() * factor / 1000.0)));
    }

    @Override
    public String toString() {
        if (oneShot) {
            return users + " user(s) at once, " + passes + " pass(es), think time " + Durations.format(thinkTime);
        }
        return users + " users, ramp-up " + Durations.format(rampUp) + ", steady " + Durations.format(steady)
                + ", ramp-down " + Durations.format(rampDown) + ", think time " + Durations.format(thinkTime)
                + ", " + passes + " passes per user";
    }
}
