package com.salesmachine.loadtest.standin.metrics;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the stand-in's process and JVM look like at one moment, in the units the Prometheus Java
 * client exports them in (seconds and bytes). An absent figure is one the platform cannot tell.
 *
 * @param cpuNanos CPU time the process has used since it started, in nanoseconds
 * @param startTimeSeconds when the process started, seconds since the epoch
 * @param residentBytes resident memory (VmRSS of /proc/self/status), absent off Linux
 * @param virtualBytes virtual memory (VmSize of /proc/self/status), absent off Linux
 * @param openFds open file descriptors, absent where the JVM cannot count them
 * @param maxFds the limit of open file descriptors, absent where the JVM cannot tell
 * @param heap the heap's used, committed and max bytes
 * @param nonHeap the same for non-heap memory
 * @param pools each memory pool: used bytes, and used bytes after its last collection when it has one
 * @param collectors each collector: how many collections, and their total time in seconds
 * @param threads live threads, daemon threads, the peak
 * @param leakRetainedBytes what {@code standin.leakPerRequest} holds now
 */
public record ProcessSnapshot(
        OptionalLong cpuNanos,
        double startTimeSeconds,
        OptionalLong residentBytes,
        OptionalLong virtualBytes,
        OptionalLong openFds,
        OptionalLong maxFds,
        Area heap,
        Area nonHeap,
        List<Pool> pools,
        List<Collector> collectors,
        Threads threads,
        long leakRetainedBytes) {

    /** A memory area's bytes; {@code max} is -1 when undefined, as the JVM says it. */
    public record Area(long used, long committed, long max) {}

    /** {@code collectionUsed} is -1 for a pool that is not collected (code cache, metaspace). */
    public record Pool(String name, long used, long collectionUsed) {}

    public record Collector(String name, long count, double seconds) {}

    public record Threads(int current, int daemon, int peak) {}
}
