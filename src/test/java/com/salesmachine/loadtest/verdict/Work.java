package com.salesmachine.loadtest.verdict;

import com.salesmachine.loadtest.config.Numbers;
import java.util.Locale;

/**
 * Work a run intended and what it achieved (users held, sessions finished, operations started,
 * arrivals offered), so a run that did less than it meant to can say so instead of passing.
 *
 * @param name what was counted, e.g. {@code sessions finished}
 * @param unit its unit, e.g. {@code users} or {@code operations/s}
 * @param intended what the load shape meant
 * @param achieved what the run did
 * @param judged whether the run's validity depends on it; a figure that is the API's answer (a rate
 *     limit slowing a paced load) or too noisy over the window to judge is stated, not judged
 */
public record Work(String name, String unit, double intended, double achieved, boolean judged) {

    /** Work the run's validity depends on. */
    public Work(String name, String unit, double intended, double achieved) {
        this(name, unit, intended, achieved, true);
    }

    /** Achieved as a share of intended, in %; 100 when nothing was intended. */
    public double percent() {
        return intended <= 0 ? 100 : 100.0 * achieved / intended;
    }

    /** {@code sessions finished: 338 of 340 users (99.4 %)}. */
    public String describe() {
        return name + ": " + Numbers.decimals(round(achieved)) + " of " + Numbers.decimals(round(intended)) + " " + unit
                + " (" + String.format(Locale.ROOT, "%.1f", percent()) + " %)";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
