package com.salesmachine.loadtest.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named load profile: how a simulation's {@code load} shape (the seed report's configuration for
 * that scenario) becomes the shape actually run, and whether a sustained SLO breach stops it
 * ({@code stopOnBreach}, the default of the setting of that name). Adding a profile is one entry in
 * {@link #ALL}.
 */
public record Profile(String name, String description, boolean stopOnBreach, Shaper shaper) {

    /** How a profile turns the load shape into the one run, given the capacity profiles' settings. */
    @FunctionalInterface
    public interface Shaper {
        LoadShape apply(LoadShape load, Stages capacity);
    }

    /** The injection budget of the quick profile, so a whole run ends within 90 s. */
    public static final Duration QUICK_BUDGET = Duration.ofSeconds(60);

    public static final String DEFAULT = "quick";
    public static final String BREAKPOINT = "breakpoint";

    /** The scale profile's users, think time, ramp-up and hold: the plan's stress level on one injector. */
    public static final int SCALE_USERS = 10_000;

    public static final Duration SCALE_THINK_TIME = Duration.ofSeconds(5);
    public static final Duration SCALE_RAMP_UP = Duration.ofSeconds(60);
    public static final Duration SCALE_HOLD = Duration.ofSeconds(60);

    /** How long the soak profile holds the load level unless {@code duration} says otherwise. */
    public static final Duration SOAK_DURATION = Duration.ofHours(1);

    public static final Map<String, Profile> ALL = index(
            new Profile("smoke", "1 user, one pass over every request", false, (load, c) -> load.smoke()),
            new Profile(
                    "quick",
                    "the load shape squeezed into " + Durations.format(QUICK_BUDGET) + " of injection",
                    false,
                    (load, c) -> load.scaledToFit(QUICK_BUDGET)),
            new Profile("load", "the seed report's configuration for the scenario", false, (load, c) -> load),
            new Profile(
                    "peak",
                    "the load shape with twice its users (twice the rate of a paced load)",
                    false,
                    (load, c) -> load.withUsers(2 * load.users())),
            new Profile(
                    "stress",
                    "steps beyond the load's users (x1, 1.5, 2, 3, 4, 6, 8 up to stressMaxFactor, each held"
                            + " stressStep) until an SLO breach stops it or the cap",
                    true,
                    (load, c) -> c.stress(load)),
            new Profile(
                    "spike",
                    "the load level, 5x it within 10 s held spikeHold, back within 10 s, then spikeRecovery to"
                            + " measure the recovery",
                    false,
                    (load, c) -> c.spike(load)),
            new Profile(
                    "soak",
                    "the load shape's users, ramp-up and think time held for duration (default "
                            + Durations.format(SOAK_DURATION) + "), no ramp-down",
                    false,
                    (load, c) -> load.withSteady(SOAK_DURATION).withRampDown(Duration.ZERO)),
            new Profile(
                    "scale",
                    Numbers.decimals(SCALE_USERS) + " concurrent users with " + Durations.format(SCALE_THINK_TIME)
                            + " think time, ramped up over " + Durations.format(SCALE_RAMP_UP) + " and held "
                            + Durations.format(SCALE_HOLD) + ", no ramp-down",
                    false,
                    (load, c) -> load.withUsers(SCALE_USERS)
                            .withThinkTime(SCALE_THINK_TIME)
                            .withRampUp(SCALE_RAMP_UP)
                            .withSteady(SCALE_HOLD)
                            .withRampDown(Duration.ZERO)),
            new Profile(
                    BREAKPOINT,
                    "a capacity search: steps of users, doubling to the first failing step, then halving the gap"
                            + " to the resolution; each step warmed up and judged on its own",
                    false,
                    (load, c) -> load));

    /** The shape with the capacity settings' defaults. */
    public LoadShape apply(LoadShape load) {
        return apply(load, Stages.defaults());
    }

    public LoadShape apply(LoadShape load, Stages capacity) {
        return shaper.apply(load, capacity);
    }

    private static Map<String, Profile> index(Profile... profiles) {
        var map = new LinkedHashMap<String, Profile>();
        for (Profile p : profiles) {
            map.put(p.name(), p);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Profile names in declaration order, for error messages and the README. */
    public static String names() {
        return String.join(", ", ALL.keySet());
    }
}
