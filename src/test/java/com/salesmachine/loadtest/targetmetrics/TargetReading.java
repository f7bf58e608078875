package com.salesmachine.loadtest.targetmetrics;

/**
 * What one scrape of the target's metrics said, in seconds and bytes; a figure the target does not
 * export is null.
 *
 * @param epochMillis when the scrape was answered, on the run's clock
 * @param cpuSeconds {@code process_cpu_seconds_total}
 * @param residentBytes {@code process_resident_memory_bytes}
 * @param heapUsedBytes {@code jvm_memory_used_bytes{area="heap"}} (summed over its series)
 * @param heapAfterGcBytes {@code jvm_memory_pool_collection_used_bytes} summed over the pools: the heap after each
 *     pool's last collection
 * @param gcSeconds {@code jvm_gc_collection_seconds_sum} summed over the collectors
 * @param gcCount {@code jvm_gc_collection_seconds_count} summed over the collectors
 */
public record TargetReading(
        long epochMillis,
        Double cpuSeconds,
        Double residentBytes,
        Double heapUsedBytes,
        Double heapAfterGcBytes,
        Double gcSeconds,
        Double gcCount) {

    /** The names read, with the older Prometheus Java client's and Micrometer's where they differ. */
    public static TargetReading of(long epochMillis, PrometheusText.Parsed p) {
        return new TargetReading(
                epochMillis,
                p.sum("process_cpu_seconds_total"),
                p.sum("process_resident_memory_bytes"),
                first(p.sum("jvm_memory_used_bytes", "area", "heap"), p.sum("jvm_memory_bytes_used", "area", "heap")),
                p.sum("jvm_memory_pool_collection_used_bytes"),
                first(p.sum("jvm_gc_collection_seconds_sum"), p.sum("jvm_gc_pause_seconds_sum")),
                first(p.sum("jvm_gc_collection_seconds_count"), p.sum("jvm_gc_pause_seconds_count")));
    }

    /** Whether it holds any figure this suite reports: a body without one is not a target's metrics. */
    public boolean hasAnyFigure() {
        return cpuSeconds != null || residentBytes != null || heapUsedBytes != null;
    }

    private static Double first(Double a, Double b) {
        return a != null ? a : b;
    }
}
