package com.salesmachine.loadtest.standin.database;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The model of how long each operation holds its database connection: a log-normal sample per operation,
 * capped at three times its p99, multiplied by the latency factor, plus the operation's fixed extra.
 */
public final class ServiceTimeModel {
    /** The standard normal quantile of 0.99: p99 = median * exp(2.326 * sigma). */
    static final double Z_99 = 2.326;

    static final double CAP_OVER_P99 = 3.0;

    private final Map<Operation, LatencyProfile> profiles;
    private final double factor;
    private final RandomGenerator random;

    public ServiceTimeModel(Map<Operation, LatencyProfile> profiles, double factor, RandomGenerator random) {
        if (!(factor >= 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor must be a finite number >= 0, was " + factor);
        }
        this.profiles = new EnumMap<>(Operation.class);
        this.profiles.putAll(profiles);
        for (Operation operation : Operation.values()) {
            this.profiles.putIfAbsent(operation, operation.defaultProfile());
        }
        this.factor = factor;
        this.random = random;
    }

    public Duration sample(Operation operation) {
        LatencyProfile profile = profiles.get(operation);
        double modelled = 0;
        if (profile.medianMs() > 0 && factor > 0) {
            double sigma = Math.log(profile.p99Ms() / profile.medianMs()) / Z_99;
            double drawn = profile.medianMs() * Math.exp(sigma * nextGaussian());
            modelled = Math.min(drawn, CAP_OVER_P99 * profile.p99Ms()) * factor;
        }
        double millis = modelled + profile.extraMs();
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    private double nextGaussian() {
        // Callers share one generator across threads; not every RandomGenerator is thread-safe.
        synchronized (random) {
            return random.nextGaussian();
        }
    }
}
