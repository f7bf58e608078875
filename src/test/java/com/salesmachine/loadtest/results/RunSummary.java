package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.metrics.MetricsSummary;
import java.util.List;

/**
 * One simulation run as written to {@code summary.json}; the fields mirror
 * docs/summary.schema.json (schema version {@value #SCHEMA_VERSION}).
 */
public record RunSummary(
        int schemaVersion,
        String simulation,
        String simulationClass,
        String runFolder,
        String runId,
        String profile,
        Load load,
        Target target,
        String startTime,
        double durationSeconds,
        Environment environment,
        Stats global,
        List<PathStats> requests,
        List<PathStats> groups,
        List<ErrorCount> errors,
        Concurrency concurrency,
        MetricsSummary metrics,
        List<Slo> slos,
        String verdict) {

    public static final int SCHEMA_VERSION = 1;
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    public boolean passed() {
        return PASS.equals(verdict);
    }

    /** The load shape that was offered. */
    public record Load(
            int users,
            double rampUpSeconds,
            double steadySeconds,
            double rampDownSeconds,
            long thinkTimeMs,
            int passes,
            boolean oneShot,
            double maxDurationSeconds) {}

    /** Where the load went; {@code url} carries no credentials. */
    public record Target(String kind, String url, String environment) {
        public static final String STAND_IN = "stand-in";
        public static final String EXTERNAL = "external";
    }

    /** The machine and versions that produced the run. */
    public record Environment(
            String gatlingVersion,
            String javaVersion,
            String javaVendor,
            String os,
            int cores,
            long maxHeapMb,
            String gitCommit,
            String hostname) {}

    /** Gatling's general statistics for a request, a group or the whole run, in whole milliseconds. */
    public record Stats(
            long count,
            long ok,
            long ko,
            double koPercent,
            double throughputRps,
            long min,
            long mean,
            long stdDev,
            long p50,
            long p75,
            long p95,
            long p99,
            long max) {}

    /** A request or group of Gatling's report, named by its path ({@code Group / Request}). */
    public record PathStats(String path, String name, List<String> groups, Stats stats) {}

    public record ErrorCount(String message, long count, double percent) {}

    public record Concurrency(int peakUsers) {}

    /** One assertion of the simulation with its verdict; {@code name} is Gatling's own wording. */
    public record Slo(
            String name,
            String scope,
            String metric,
            String comparator,
            List<Double> target,
            Double actual,
            boolean passed) {}
}
