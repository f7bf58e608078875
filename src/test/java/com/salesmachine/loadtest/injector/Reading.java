package com.salesmachine.loadtest.injector;

import java.util.List;

/**
 * What the monitor reads from the JVM at one tick, raw: the {@link Sampler} turns two successive
 * readings into an {@link InjectorSample}.
 *
 * @param epochMillis wall-clock time of the reading
 * @param nanoTime monotonic time of the reading
 * @param dueNanos the monotonic time the tick was due: {@code nanoTime - dueNanos} is its lag
 * @param processCpuNanos the process's CPU time so far; negative when the JVM cannot tell
 * @param machineCpuLoad the machine's CPU load from 0 to 1; negative when unknown
 * @param pausesMillis the durations of the GC pauses that ended since the previous reading
 * @param heapAfterGcBytes heap used after the collections since the previous reading (the highest), or after the
 *     latest one before; negative before the first
 * @param heapMaxBytes the max heap; negative or {@link Long#MAX_VALUE} when unknown
 */
record Reading(
        long epochMillis,
        long nanoTime,
        long dueNanos,
        long processCpuNanos,
        double machineCpuLoad,
        List<Long> pausesMillis,
        long heapAfterGcBytes,
        long heapMaxBytes) {
    Reading {
        pausesMillis = List.copyOf(pausesMillis);
    }
}
