package com.salesmachine.loadtest.results;

import java.time.Duration;
import java.util.Objects;

/**
 * The steady-state part of a run, as offsets from the injection start (the first user's start):
 * the steady figures hold the requests and groups that started in {@code [from, to)}.
 */
public record SteadyWindow(Duration from, Duration to) {
    public SteadyWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isNegative() || to.compareTo(from) <= 0) {
            throw new IllegalArgumentException("a steady window needs 0 <= from < to, got from " + from + " to " + to);
        }
    }
}
