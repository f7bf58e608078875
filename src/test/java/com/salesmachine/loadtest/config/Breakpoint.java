package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The capacity search's settings ({@code -Dprofile=breakpoint}): where its levels of offered load
 * start and stop, how finely it resolves the capacity, how long it may take, and each step's
 * warm-up and judged window. A level is the shape's {@code users} (concurrent users for a closed
 * model; for a paced model the rate follows the users).
 *
 * @param level one step of the search at this level ({@code breakpointLevel}); the search sets it for each of its steps
 * @param start the first level ({@code breakpointStart}); the load shape's users by default
 * @param max the highest level the search offers ({@code breakpointMax}); twenty times the load's users by default
 * @param resolutionPercent how close the last passing and the first failing level end ({@code breakpointResolution})
 * @param budget the longest the whole search may take ({@code breakpointBudget})
 * @param warmUp each step's ramp-up to its level, not judged ({@code breakpointWarmUp})
 * @param window each step's steady window at its level, judged on its own ({@code breakpointWindow})
 */
public record Breakpoint(
        Optional<Integer> level,
        Optional<Integer> start,
        Optional<Integer> max,
        double resolutionPercent,
        Duration budget,
        Duration warmUp,
        Duration window) {

    public static final double DEFAULT_RESOLUTION_PERCENT = 10;
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(10);
    public static final Duration DEFAULT_WARM_UP = Duration.ofSeconds(10);
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_FACTOR = 20;

    public static Breakpoint defaults() {
        return new Breakpoint(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_RESOLUTION_PERCENT,
                DEFAULT_BUDGET,
                DEFAULT_WARM_UP,
                DEFAULT_WINDOW);
    }

    static Breakpoint from(SettingSource source) {
        double resolution = source.positiveDouble("breakpointResolution", DEFAULT_RESOLUTION_PERCENT);
        if (resolution >= 100) {
            throw new SettingException(
                    "breakpointResolution",
                    "'" + Numbers.decimals(resolution) + "' is not below 100; give a percentage such as 10");
        }
        var settings = new Breakpoint(
                source.positiveInt("breakpointLevel"),
                source.positiveInt("breakpointStart"),
                source.positiveInt("breakpointMax"),
                resolution,
                source.positiveDuration("breakpointBudget", DEFAULT_BUDGET),
                source.positiveDuration("breakpointWarmUp", DEFAULT_WARM_UP),
                source.positiveDuration("breakpointWindow", DEFAULT_WINDOW));
        if (settings.start.isPresent() && settings.max.isPresent() && settings.start.get() > settings.max.get()) {
            throw new SettingException(
                    "breakpointStart",
                    "'" + settings.start.get() + "' is above breakpointMax (" + settings.max.get()
                            + "); the search starts at or below its highest level");
        }
        return settings;
    }

    /** The first level the search offers, for a scenario whose load shape is {@code load}: its users by default. */
    public int startLevel(LoadShape load) {
        return Math.min(start.orElse(load.users()), maxLevel(load));
    }

    /** The highest level the search offers. */
    public int maxLevel(LoadShape load) {
        return max.orElse(load.users() * DEFAULT_MAX_FACTOR);
    }

    /** One step: the load shape at {@code users}, ramped up over the warm-up, held for the window, no ramp-down. */
    public LoadShape stepShape(LoadShape load, int users) {
        return load.withUsers(users).withRampUp(warmUp).withSteady(window).withRampDown(Duration.ZERO);
    }

    List<String> describe() {
        return List.of(String.format(
                Locale.ROOT,
                "breakpoint       levels %s to %s users, resolution %s %%, budget %s, each step %s warm-up + %s judged",
                start.map(String::valueOf).orElse("the load's users"),
                max.map(String::valueOf).orElse("load x " + DEFAULT_MAX_FACTOR),
                Numbers.decimals(resolutionPercent),
                Durations.format(budget),
                Durations.format(warmUp),
                Durations.format(window)));
    }
}
