package com.salesmachine.loadtest.verdict;

import java.util.Locale;

/**
 * Work a run intended and what it achieved (users held, sessions finished, operations started,
 * arrivals offered), so a run that did less than it meant to can say so instead of passing.
 *
 * @param name what was counted, e.g. {@code sessions finished}
 * @param unit its unit, e.g. {@code users} or {@code operations/s}
 * @param intended what the load shape meant
 * @param achieved what the run did
 */
public record Work(String name, String unit, double intended, double achieved) {

    /** Achieved as a share of intended, in %; 100 when nothing was intended. */
    public double percent() {
        return intended <= 0 ? 100 : 100.0 * achieved / intended;
    }

    /** {@code sessions finished: 338 of 340 users (99.4 %)}. */
    public String describe() {
        return name + ": " + Slo.format(round(achieved)) + " of " + Slo.format(round(intended)) + " " + unit + " ("
                + String.format(Locale.ROOT, "%.1f", percent()) + " %)";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
