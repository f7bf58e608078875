package com.salesmachine.loadtest.standin.emailqueue;

/**
 * Picks exactly a given share of a sequence, evenly and without randomness: at 0.01 the 100th,
 * 200th, 300th... item, so a fault of 1 % affects exactly 1 % of emails in every run.
 */
final class Share {
    /** Guards against 0.1 + 0.1 + ... summing to 0.9999999 instead of 1. */
    private static final double EPSILON = 1e-9;

    private final double fraction;
    private double owed;

    Share(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be from 0 to 1, was " + fraction);
        }
        this.fraction = fraction;
    }

    /** Whether the next item is one of the share. */
    synchronized boolean next() {
        owed += fraction;
        if (owed >= 1 - EPSILON) {
            owed -= 1;
            return true;
        }
        return false;
    }
}
