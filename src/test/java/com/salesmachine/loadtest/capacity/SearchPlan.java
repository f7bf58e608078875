package com.salesmachine.loadtest.capacity;

import java.util.OptionalInt;

/**
 * Which level of offered load a capacity search runs next: doubling from the first level until a
 * step fails (halving instead when the first already fails), then halving the gap between the highest
 * passing and the lowest failing level until it is within the resolution. Pure logic: the search
 * runs the steps and tells the plan how each went.
 */
final class SearchPlan {
    /** Why a search ended. */
    enum End {
        /** The gap between the highest passing and the lowest failing level is within the resolution. */
        RESOLVED,
        /** The highest level the search may offer passed: the capacity is at least that. */
        CAP_PASSED,
        /** Even one user failed. */
        FAILS_AT_ONE,
        /** The time budget would not hold another step. */
        BUDGET,
        /** A step's figures did not describe the API (the injector saturated): the search cannot go higher. */
        INVALID_STEP
    }

    private final int max;
    private final double resolution;
    private int highestPassed;
    private int lowestFailed = Integer.MAX_VALUE;
    private int next;
    private End end;

    SearchPlan(int start, int max, double resolutionPercent) {
        if (start < 1 || max < start || !(resolutionPercent > 0)) {
            throw new IllegalArgumentException("need 1 <= start <= max and a positive resolution, got " + start + ", "
                    + max + ", " + resolutionPercent);
        }
        this.max = max;
        this.resolution = resolutionPercent / 100;
        this.next = start;
    }

    /** The level to run next; empty once the search has ended. */
    OptionalInt next() {
        return end == null ? OptionalInt.of(next) : OptionalInt.empty();
    }

    /** How the step at {@code level} (the one {@link #next()} gave) went. */
    void record(int level, boolean passed) {
        if (end != null) {
            throw new IllegalStateException("the search has ended: " + end);
        }
        if (passed) {
            highestPassed = Math.max(highestPassed, level);
        } else {
            lowestFailed = Math.min(lowestFailed, level);
        }
        if (lowestFailed == Integer.MAX_VALUE) {
            if (level >= max) {
                end = End.CAP_PASSED;
            } else {
                next = (int) Math.min(max, 2L * level);
            }
        } else if (highestPassed == 0) {
            if (lowestFailed == 1) {
                end = End.FAILS_AT_ONE;
            } else {
                next = lowestFailed / 2;
            }
        } else if (resolved()) {
            end = End.RESOLVED;
        } else {
            next = highestPassed + (lowestFailed - highestPassed) / 2;
        }
    }

    /** Ends the search before it resolved (its budget, or a step that cannot be judged). */
    void stop(End why) {
        if (end == null) {
            end = why;
        }
    }

    private boolean resolved() {
        int gap = lowestFailed - highestPassed;
        return gap <= 1 || gap <= highestPassed * resolution;
    }

    /** The highest level at which a step passed. */
    OptionalInt capacity() {
        return highestPassed == 0 ? OptionalInt.empty() : OptionalInt.of(highestPassed);
    }

    /** The lowest level at which a step failed. */
    OptionalInt firstFailing() {
        return lowestFailed == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lowestFailed);
    }

    /** Why the search ended; null while it runs. */
    End end() {
        return end;
    }
}
