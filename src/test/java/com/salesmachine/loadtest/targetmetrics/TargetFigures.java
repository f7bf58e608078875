package com.salesmachine.loadtest.targetmetrics;

import com.salesmachine.loadtest.results.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The target's figures over a window of the run, from its scrapes: CPU cores used (the rate of
 * {@code process_cpu_seconds_total} between successive scrapes), resident memory and heap used (min,
 * mean, max of the scrapes), the share of time in GC, and the memory trend.
 */
public final class TargetFigures {
    public static final String HEAP_AFTER_GC = "heap after GC";
    public static final String RESIDENT = "resident memory";

    private static final double MB = 1024.0 * 1024.0;

    /**
     * The memory series the trend is judged on needs this many collections in its window, each moving
     * the heap after GC, to use it: as many points as a trend needs ({@link MemoryTrend#MIN_SAMPLES}).
     */
    static final int MIN_COLLECTIONS = MemoryTrend.MIN_SAMPLES;

    private TargetFigures() {}

    /** The readings in {@code [fromMillis, toMillis]}, oldest first. */
    public static List<TargetReading> in(List<TargetReading> readings, long fromMillis, long toMillis) {
        return readings.stream()
                .filter(r -> r.epochMillis() >= fromMillis && r.epochMillis() <= toMillis)
                .toList();
    }

    public static RunSummary.Range cpuCores(List<TargetReading> readings) {
        var rates = new ArrayList<Double>();
        double cpu = 0;
        double wall = 0;
        for (int i = 1; i < readings.size(); i++) {
            TargetReading a = readings.get(i - 1);
            TargetReading b = readings.get(i);
            double seconds = (b.epochMillis() - a.epochMillis()) / 1000.0;
            if (a.cpuSeconds() == null || b.cpuSeconds() == null || seconds <= 0 || b.cpuSeconds() < a.cpuSeconds()) {
                continue;
            }
            double used = b.cpuSeconds() - a.cpuSeconds();
            rates.add(used / seconds);
            cpu += used;
            wall += seconds;
        }
        if (rates.isEmpty()) {
            return RunSummary.Range.NONE;
        }
        return new RunSummary.Range(
                round(rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow()),
                round(cpu / wall),
                round(rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
    }

    public static RunSummary.Range megabytes(List<TargetReading> readings, Function<TargetReading, Double> bytes) {
        var values = readings.stream()
                .map(bytes)
                .filter(v -> v != null && Double.isFinite(v))
                .toList();
        if (values.isEmpty()) {
            return RunSummary.Range.NONE;
        }
        var stats = values.stream().mapToDouble(v -> v / MB).summaryStatistics();
        return new RunSummary.Range(round(stats.getMin()), round(stats.getAverage()), round(stats.getMax()));
    }

    /** GC time over wall time between the first and last reading, in percent; null when not exported. */
    public static Double gcPercent(List<TargetReading> readings) {
        if (readings.size() < 2) {
            return null;
        }
        TargetReading first = readings.get(0);
        TargetReading last = readings.get(readings.size() - 1);
        double seconds = (last.epochMillis() - first.epochMillis()) / 1000.0;
        if (first.gcSeconds() == null || last.gcSeconds() == null || seconds <= 0) {
            return null;
        }
        return round(Math.max(0, last.gcSeconds() - first.gcSeconds()) * 100 / seconds);
    }

    /**
     * Which series the memory trend is judged on: the heap after GC when the target exports it,
     * collected at least {@value #MIN_COLLECTIONS} times in the window and the figure moved at least as
     * often (between collections it does not move), else resident memory; null when neither is there.
     */
    public static String memorySeries(List<TargetReading> readings) {
        if (readings.isEmpty()) {
            return null;
        }
        TargetReading first = readings.get(0);
        TargetReading last = readings.get(readings.size() - 1);
        boolean afterGc = readings.stream().allMatch(r -> r.heapAfterGcBytes() != null)
                && first.gcCount() != null
                && last.gcCount() != null
                && last.gcCount() - first.gcCount() >= MIN_COLLECTIONS
                && changes(readings) >= MIN_COLLECTIONS - 1;
        if (afterGc) {
            return HEAP_AFTER_GC;
        }
        return readings.stream().allMatch(r -> r.residentBytes() != null) ? RESIDENT : null;
    }

    /**
     * How often the heap after GC changed between scrapes. G1 updates its old generation's figure only
     * after a mixed or full collection, so a series that collections do not move is stale, not flat.
     */
    private static int changes(List<TargetReading> readings) {
        int changes = 0;
        for (int i = 1; i < readings.size(); i++) {
            if (!readings.get(i).heapAfterGcBytes().equals(readings.get(i - 1).heapAfterGcBytes())) {
                changes++;
            }
        }
        return changes;
    }

    /**
     * The trend of {@code series} over the readings; null when it cannot be drawn. The heap after GC is
     * judged on the readings where it moved (the first, then each collection's): between collections
     * it repeats a stale figure, and a step series tied across a third is no trend of the heap.
     */
    public static MemoryTrend trend(List<TargetReading> readings, String series) {
        if (series == null) {
            return null;
        }
        boolean afterGc = HEAP_AFTER_GC.equals(series);
        Function<TargetReading, Double> bytes =
                afterGc ? TargetReading::heapAfterGcBytes : TargetReading::residentBytes;
        var points = new ArrayList<MemoryTrend.Point>();
        Double last = null;
        for (TargetReading r : readings) {
            Double value = bytes.apply(r);
            if (!afterGc || !value.equals(last)) {
                points.add(new MemoryTrend.Point(r.epochMillis(), value / MB));
            }
            last = value;
        }
        return MemoryTrend.of(points);
    }

    static Double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }
}
