package com.salesmachine.loadtest.injector;

import java.util.Optional;

/**
 * Turns the monitor's successive {@link Reading}s into {@link InjectorSample}s, each over the interval
 * since the previous reading: the first reading is only the baseline.
 */
final class Sampler {
    private final int cores;
    private Reading previous;

    Sampler(int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1, was " + cores);
        }
        this.cores = cores;
    }

    Optional<InjectorSample> next(Reading reading) {
        Reading before = previous;
        previous = reading;
        if (before == null) {
            return Optional.empty();
        }
        long wallNanos = reading.nanoTime() - before.nanoTime();
        long longest =
                reading.pausesMillis().stream().mapToLong(Long::longValue).max().orElse(0);
        long total = reading.pausesMillis().stream().mapToLong(Long::longValue).sum();
        return Optional.of(new InjectorSample(
                reading.epochMillis(),
                Math.round(wallNanos / 1e6),
                cpuPercent(before, reading, wallNanos),
                reading.machineCpuLoad() < 0 ? null : reading.machineCpuLoad() * 100,
                reading.pausesMillis().size(),
                total,
                longest,
                heapPercent(reading),
                Math.max(0, Math.round((reading.nanoTime() - reading.dueNanos()) / 1e6))));
    }

    /** CPU time over wall time times the cores: 100 % is every core busy the whole interval. */
    private Double cpuPercent(Reading before, Reading now, long wallNanos) {
        if (before.processCpuNanos() < 0 || now.processCpuNanos() < 0 || wallNanos <= 0) {
            return null;
        }
        return (now.processCpuNanos() - before.processCpuNanos()) * 100.0 / ((double) wallNanos * cores);
    }

    private static Double heapPercent(Reading reading) {
        long max = reading.heapMaxBytes();
        if (reading.heapAfterGcBytes() < 0 || max <= 0 || max == Long.MAX_VALUE) {
            return null;
        }
        return reading.heapAfterGcBytes() * 100.0 / max;
    }
}
