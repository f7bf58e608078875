package com.salesmachine.loadtest.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.verdict.RunVerdict;
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
        Steady steady,
        List<ErrorCount> errors,
        Concurrency concurrency,
        MetricsSummary metrics,
        List<WorkItem> work,
        Injector injector,
        List<Slo> slos,
        Validity validity,
        Stopped stopped,
        List<Step> steps,
        Spike spike,
        String verdict,
        int exitCode,
        Capacity capacity,
        @JsonInclude(JsonInclude.Include.NON_NULL) Shard shard,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ShardResult> shards) {

    public static final int SCHEMA_VERSION = 3;
    /** The versions this suite reads: 3, and 2 (which had no {@code stopped}, {@code steps} or {@code spike}). */
    public static final List<Integer> READABLE_VERSIONS = List.of(2, 3);

    public static final String PASS = RunVerdict.PASS;
    public static final String FAIL = RunVerdict.FAIL;
    public static final String STOPPED = RunVerdict.STOPPED;
    public static final String INVALID = RunVerdict.INVALID;

    public RunSummary {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean passed() {
        return PASS.equals(verdict);
    }

    /**
     * The load shape that was offered, and its model: {@code closed} (users is concurrency; a slow
     * API slows the offered load), {@code closed-paced} (concurrent users, one operation per pacing
     * slot) or {@code open-paced} (users arrive once each and run operations due on a schedule).
     */
    public record Load(
            String model,
            String modelDescription,
            int users,
            double rampUpSeconds,
            double steadySeconds,
            double rampDownSeconds,
            long thinkTimeMs,
            int passes,
            boolean oneShot,
            double maxDurationSeconds) {}

    /**
     * Where the load went; {@code url} carries no credentials. {@code resources}: the target's own CPU,
     * memory and GC from its Prometheus metrics ({@code METRICS_URL}); absent when they were not measured.
     */
    public record Target(
            String kind,
            String url,
            String environment,
            @JsonInclude(JsonInclude.Include.NON_NULL) Resources resources) {
        public static final String STAND_IN = "stand-in";
        public static final String EXTERNAL = "external";

        public Target(String kind, String url, String environment) {
            this(kind, url, environment, null);
        }

        public Target withResources(Resources value) {
            return new Target(kind, url, environment, value);
        }
    }

    /**
     * The target's resources, scraped every {@code intervalSeconds} from {@code metricsUrl}: over the
     * whole run (the injection) and, when there is one, its steady window; {@code samples} scrapes
     * answered in the whole run, {@code failedScrapes} not answered (or not metrics) in the whole
     * sampling. The memory trend ({@code memorySlopeMbPerHour}, least squares) is of
     * {@code memorySeries} ({@code heap after GC} or {@code resident memory}) over {@code slopeWindow};
     * {@code memoryGrowing} follows the rule in docs/RESULTS.md, null when it could not be judged.
     */
    public record Resources(
            String metricsUrl,
            double intervalSeconds,
            int samples,
            int failedScrapes,
            Range cpuCores,
            Range residentMemoryMb,
            Range heapUsedMb,
            Double gcPercent,
            ResourceWindow steady,
            String memorySeries,
            String slopeWindow,
            Double memorySlopeMbPerHour,
            Double memoryGrowthPercentPerHour,
            Boolean memoryGrowing) {}

    /** The same figures over the steady window. */
    public record ResourceWindow(
            int samples, Range cpuCores, Range residentMemoryMb, Range heapUsedMb, Double gcPercent) {}

    /** Min, mean and max of a figure; null figures were not measured. */
    public record Range(Double min, Double mean, Double max) {
        public static final Range NONE = new Range(null, null, null);
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

    /** One objective of the simulation with its verdict, judged on {@code window} ({@code steady} or {@code whole run}). */
    public record Slo(
            String name,
            String scope,
            String metric,
            String comparator,
            List<Double> target,
            String window,
            Double actual,
            boolean passed) {}

    /**
     * The same figures as {@code global}, {@code requests} and {@code groups}, over the steady-state
     * window only (seconds from the injection's start): the figures the latency SLOs are judged on.
     */
    public record Steady(
            double fromSeconds, double toSeconds, Stats global, List<PathStats> requests, List<PathStats> groups) {}

    /**
     * Work the run intended and what it achieved; {@code percent} = achieved / intended; {@code judged}:
     * whether the run's validity depends on it.
     */
    public record WorkItem(
            String name, String unit, double intended, double achieved, double percent, boolean judged) {}

    /**
     * The injector's own health over {@code window} (JMX samples of this JVM, once a second): CPU as a
     * share of every core, GC pauses, heap after GC, and how late its sampler's tick fired. A figure
     * that could not be measured is null.
     */
    public record Injector(
            String window,
            int samples,
            int cores,
            Double cpuMeanPercent,
            Double cpuMaxPercent,
            Double machineCpuMeanPercent,
            Double gcPauseMs,
            Double gcPausePercent,
            Double longestGcPauseMs,
            Double heapMaxPercent,
            Double maxLagMs) {}

    /** Whether the figures describe the API: {@code reasons} says why not, one line each. */
    public record Validity(boolean valid, List<String> reasons) {}

    /**
     * A capacity search's answer ({@code -Dprofile=breakpoint}; null for any other run): the highest
     * level at which every SLO held, the lowest that failed and what failed there, in {@code levelUnit};
     * what the capacity step achieved in the scenario's own unit; why the search ended; the component
     * that gave way first; and every step, in the order run.
     */
    public record Capacity(
            String levelUnit,
            Integer capacity,
            Integer firstFailing,
            List<String> failedAtFirstFailing,
            String unit,
            Double achievedAtCapacity,
            String ceilingNote,
            String end,
            String conclusion,
            double resolutionPercent,
            double searchSeconds,
            String bottleneckComponent,
            String bottleneck,
            List<CapacityStep> steps) {}

    /**
     * One step of a capacity search, as its own run judged it (its folder under {@code steps/}):
     * {@code intended} and {@code achieved} are in the capacity's unit ({@code intended} null when the
     * level is the intent, as for a closed model's concurrent users).
     */
    public record CapacityStep(
            int index,
            int level,
            String verdict,
            Double intended,
            Double achieved,
            double throughputRps,
            long meanMs,
            long p50Ms,
            long p95Ms,
            long p99Ms,
            double errorPercent,
            java.util.Map<String, Double> componentsMs,
            Double targetCpuCores,
            Double targetMemoryMb,
            List<String> failed,
            String folder,
            double seconds) {}

    /** This summary as a capacity search's: its folder, its verdict and exit code, and the search's answer. */
    public RunSummary asCapacitySearch(String folder, Capacity answer, String searchVerdict, int searchExitCode) {
        return new RunSummary(
                schemaVersion,
                simulation,
                simulationClass,
                folder,
                runId,
                profile,
                load,
                target,
                startTime,
                durationSeconds,
                environment,
                global,
                requests,
                groups,
                steady,
                errors,
                concurrency,
                metrics,
                work,
                injector,
                slos,
                validity,
                stopped,
                steps,
                spike,
                searchVerdict,
                searchExitCode,
                answer,
                shard,
                shards);
    }

    /** This injector's part of a run split over {@code count} ({@code SHARD_INDEX}, {@code SHARD_COUNT}); absent for one injector. */
    public record Shard(int index, int count) {}

    /**
     * One shard of a merged run ({@code merge}): its results folder, its own verdict and validity,
     * and its counts; {@code missing} when no results of it were found.
     */
    public record ShardResult(
            int index,
            String runFolder,
            boolean missing,
            String verdict,
            boolean valid,
            List<String> reasons,
            long requests,
            long failed,
            int peakUsers) {}

    /**
     * Stop criteria ended the injection: when ({@code atMillis}, {@code atTime} ISO-8601 UTC), which
     * objective ({@code slo}), what the sliding window measured ({@code figure}, {@code value} in the
     * objective's unit) over {@code windowSeconds}, and the virtual users active then; {@code reason}
     * is the line the console printed after "Stopped at ...: ".
     */
    public record Stopped(
            long atMillis,
            String atTime,
            double afterSeconds,
            String slo,
            String reason,
            String figure,
            double value,
            double windowSeconds,
            long users) {}

    /**
     * One level of a staged shape (stress, spike), over its hold (seconds from the injection's
     * start): the users it intended and the mean users active, what the requests did there (count,
     * throughput, exact p95 and failed share, null without requests), and whether the run held it to
     * its end ({@code completed}: false when stop criteria or the bound ended it before).
     */
    public record Step(
            int step,
            double fromSeconds,
            double toSeconds,
            int intendedUsers,
            double achievedUsers,
            long requests,
            double throughputRps,
            Double p95Ms,
            Double failedPercent,
            boolean completed) {}

    /**
     * The spike: when it started going up and when it was back at the load level (seconds from the
     * injection's start, and ISO-8601 UTC), and how long after that the SLOs held again over the stop
     * criteria's window, to the end ({@code recoverySeconds}; null: they did not within
     * {@code observedSeconds}). {@code recovery} says it in words.
     */
    public record Spike(
            double startSeconds,
            double endSeconds,
            String startTime,
            String endTime,
            double windowSeconds,
            Double recoverySeconds,
            double observedSeconds,
            String recovery) {}
}
