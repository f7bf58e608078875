package com.salesmachine.loadtest.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A named load profile: how a simulation's {@code load} shape (the seed report's configuration for
 * that scenario) becomes the shape actually run. Adding a profile is one entry in {@link #ALL}.
 */
public record Profile(String name, String description, UnaryOperator<LoadShape> fromLoad) {

    /** The injection budget of the quick profile, so a whole run ends within 90 s. */
    public static final Duration QUICK_BUDGET = Duration.ofSeconds(60);

    public static final String DEFAULT = "quick";
    public static final String BREAKPOINT = "breakpoint";

    /** How long the soak profile holds the load level unless {@code duration} says otherwise. */
    public static final Duration SOAK_DURATION = Duration.ofHours(1);

    public static final Map<String, Profile> ALL = index(
            new Profile("smoke", "1 user, one pass over every request", LoadShape::smoke),
            new Profile(
                    "quick",
                    "the load shape squeezed into " + Durations.format(QUICK_BUDGET) + " of injection",
                    load -> load.scaledToFit(QUICK_BUDGET)),
            new Profile("load", "the seed report's configuration for the scenario", UnaryOperator.identity()),
            new Profile(
                    "peak",
                    "the load shape with twice its users (twice the rate of a paced load)",
                    load -> load.withUsers(2 * load.users())),
            new Profile(
                    "soak",
                    "the load shape's users, ramp-up and think time held for duration (default "
                            + Durations.format(SOAK_DURATION) + "), no ramp-down",
                    load -> load.withSteady(SOAK_DURATION).withRampDown(Duration.ZERO)),
            new Profile(
                    BREAKPOINT,
                    "a capacity search: steps of users, doubling to the first failing step, then halving the gap"
                            + " to the resolution; each step warmed up and judged on its own",
                    UnaryOperator.identity()));

    public LoadShape apply(LoadShape load) {
        return fromLoad.apply(load);
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
