package com.salesmachine.loadtest.injector;

/**
 * The injector JVM's figures over one sampling interval, the one that ends at {@code epochMillis}.
 * A figure the JVM cannot give is null, never a guess.
 *
 * @param epochMillis when the sample was taken: the end of its interval
 * @param intervalMillis the wall time since the previous sample
 * @param cpuPercent the process's CPU time over the interval, in percent of every core busy (100 % = all
 *     {@code cores} busy the whole interval); null when the JVM cannot read its CPU time
 * @param machineCpuPercent the whole machine's (or container's) CPU load, in percent; null when unknown
 * @param gcPauses the stop-the-world GC pauses that ended in the interval (concurrent cycles are not pauses)
 * @param gcPauseMs their total duration
 * @param longestGcPauseMs the longest of them, 0 with none
 * @param heapAfterGcPercent heap used after the interval's collections (the highest, with several), or with
 *     none in the interval after the latest before it, in percent of the max heap; null before the first
 *     collection or when the max heap is unknown
 * @param lagMs how late the sampler's own tick fired: time this thread waited for a CPU (or sat in a pause)
 */
public record InjectorSample(
        long epochMillis,
        long intervalMillis,
        Double cpuPercent,
        Double machineCpuPercent,
        int gcPauses,
        long gcPauseMs,
        long longestGcPauseMs,
        Double heapAfterGcPercent,
        long lagMs) {}
