package com.salesmachine.loadtest.polling;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The waits between polls: {@code initial} before the first poll, growing by {@code factor} each
 * poll up to {@code cap}, each wait spread uniformly by {@code ±jitter} (a share of it) so that
 * users who started together do not poll together.
 */
public record Backoff(Duration initial, double factor, Duration cap, double jitter) {

    /** Starts short (250 ms) because most workflows end within two seconds; 1 s apart at most. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), 1.5, Duration.ofSeconds(1), 0.2);

    public Backoff {
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= cap, got " + initial + " and " + cap);
        }
        if (!(factor >= 1) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor must be at least 1, was " + factor);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be from 0 to less than 1, was " + jitter);
        }
    }

    /** The wait before poll number {@code poll} (0 is the first), before jitter, in milliseconds. */
    public double nominalMillis(int poll) {
        if (poll < 0) {
            throw new IllegalArgumentException("poll must be >= 0, was " + poll);
        }
        double grown = initial.toMillis() * Math.pow(factor, poll);
        return Math.min(grown, cap.toMillis());
    }

    /** The wait before poll number {@code poll}, jitter drawn from {@code random}, in whole milliseconds. */
    public int delayMillis(int poll, RandomGenerator random) {
        double spread = jitter == 0 ? 1 : 1 + jitter * (2 * random.nextDouble() - 1);
        return (int) Math.round(nominalMillis(poll) * spread);
    }
}
