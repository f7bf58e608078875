package com.salesmachine.loadtest.standin.metrics;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Writes a {@link ProcessSnapshot} in the Prometheus text exposition format 0.0.4, under the names
 * the Prometheus Java client's default process and JVM exports use, so a scraper written for a real
 * service reads the stand-in unchanged. Without the JVM's figures ({@code standin.native}) it is what
 * a Node.js, Python or Go client exports by default: the {@code process_*} figures alone.
 */
public final class Exposition {
    /** The content type of the text format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder();

    private Exposition() {}

    /** The process's figures, and the JVM's when {@code jvm}. */
    public static String of(ProcessSnapshot s, boolean jvm) {
        var e = new Exposition();
        s.cpuNanos()
                .ifPresent(nanos -> e.single(
                        "process_cpu_seconds_total",
                        "counter",
                        "Total user and system CPU time spent in seconds.",
                        nanos / 1e9));
        e.single(
                "process_start_time_seconds",
                "gauge",
                "Start time of the process since unix epoch in seconds.",
                s.startTimeSeconds());
        e.optional("process_open_fds", "gauge", "Number of open file descriptors.", s.openFds());
        e.optional("process_max_fds", "gauge", "Maximum number of open file descriptors.", s.maxFds());
        e.optional("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.", s.virtualBytes());
        e.optional("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", s.residentBytes());
        if (jvm) {
            e.jvm(s);
        }
        e.single(
                "standin_leak_retained_bytes",
                "gauge",
                "Bytes the stand-in holds on purpose (standin.leakPerRequest).",
                s.leakRetainedBytes());
        return e.out.toString();
    }

    private void jvm(ProcessSnapshot s) {
        header("jvm_memory_used_bytes", "gauge", "Used bytes of a given JVM memory area.");
        sample("jvm_memory_used_bytes", "area", "heap", s.heap().used());
        sample("jvm_memory_used_bytes", "area", "nonheap", s.nonHeap().used());
        header("jvm_memory_committed_bytes", "gauge", "Committed (bytes) of a given JVM memory area.");
        sample("jvm_memory_committed_bytes", "area", "heap", s.heap().committed());
        sample("jvm_memory_committed_bytes", "area", "nonheap", s.nonHeap().committed());
        header("jvm_memory_max_bytes", "gauge", "Max (bytes) of a given JVM memory area.");
        sample("jvm_memory_max_bytes", "area", "heap", s.heap().max());
        sample("jvm_memory_max_bytes", "area", "nonheap", s.nonHeap().max());

        header("jvm_memory_pool_used_bytes", "gauge", "Used bytes of a given JVM memory pool.");
        s.pools().forEach(p -> sample("jvm_memory_pool_used_bytes", "pool", p.name(), p.used()));
        header(
                "jvm_memory_pool_collection_used_bytes",
                "gauge",
                "Used bytes after last collection of a given JVM memory pool.");
        s.pools().stream()
                .filter(p -> p.collectionUsed() >= 0)
                .forEach(p -> sample("jvm_memory_pool_collection_used_bytes", "pool", p.name(), p.collectionUsed()));

        header("jvm_gc_collection_seconds", "summary", "Time spent in a given JVM garbage collector in seconds.");
        for (ProcessSnapshot.Collector gc : s.collectors()) {
            sample("jvm_gc_collection_seconds_count", "gc", gc.name(), gc.count());
            sample("jvm_gc_collection_seconds_sum", "gc", gc.name(), gc.seconds());
        }

        single(
                "jvm_threads_current",
                "gauge",
                "Current thread count of a JVM",
                s.threads().current());
        single(
                "jvm_threads_daemon",
                "gauge",
                "Daemon thread count of a JVM",
                s.threads().daemon());
        single(
                "jvm_threads_peak",
                "gauge",
                "Peak thread count of a JVM",
                s.threads().peak());
    }

    private void header(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void single(String name, String type, String help, double value) {
        header(name, type, help);
        out.append(name).append(' ').append(number(value)).append('\n');
    }

    private void optional(String name, String type, String help, OptionalLong value) {
        value.ifPresent(v -> single(name, type, help, v));
    }

    private void sample(String name, String label, String labelValue, double value) {
        out.append(name)
                .append('{')
                .append(label)
                .append("=\"")
                .append(escape(labelValue))
                .append("\"} ")
                .append(number(value))
                .append('\n');
    }

    /** Label values escape backslash, double quote and line feed, as the format says. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }
}
