package com.salesmachine.loadtest.conformance;

/**
 * One line of a conformance check: a {@code DEVIATION} breaks what the suite relies on (its checks
 * would fail under load), a {@code NOTE} differs from docs/API-CONTRACT.md in a way the suite does not
 * rely on, a {@code SKIPPED} call could not be made (what it needed failed before it).
 */
public record Finding(Kind kind, String call, String expected, String got) {
    public enum Kind {
        DEVIATION,
        NOTE,
        SKIPPED
    }

    public String line() {
        return switch (kind) {
            case SKIPPED -> "SKIPPED " + call + ": " + got;
            default -> kind + " " + call + ": expected " + expected + ", got " + got;
        };
    }
}
