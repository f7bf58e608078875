package com.salesmachine.loadtest.injector;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The injector's figures over a time window {@code [fromMillis, toMillis)}: the samples whose interval
 * ends in it. A window with fewer than {@value #MIN_SAMPLES} samples is {@link #known() unknown}, every
 * figure null; so is a figure the JVM could not give (the machine's CPU, for one).
 *
 * @param samples the samples in the window
 * @param cores the cores the injector may use: 100 % CPU is all of them busy
 * @param cpuMeanPercent the process's CPU over the window (weighted by each sample's interval), percent of all cores
 * @param cpuMaxPercent the busiest sample's CPU
 * @param machineCpuMeanPercent the machine's CPU load over the window
 * @param gcPauseTotalMs the GC pauses' total duration (concurrent cycles are not pauses)
 * @param gcPausePercent that total as a share of the wall time the samples cover
 * @param longestGcPauseMs the longest pause
 * @param heapAfterGcMaxPercent the highest heap used after GC, percent of the max heap
 * @param maxLagMs how late the sampler's tick fired at worst
 */
public record InjectorHealth(
        long fromMillis,
        long toMillis,
        int samples,
        int cores,
        Double cpuMeanPercent,
        Double cpuMaxPercent,
        Double machineCpuMeanPercent,
        Long gcPauseTotalMs,
        Double gcPausePercent,
        Long longestGcPauseMs,
        Double heapAfterGcMaxPercent,
        Long maxLagMs) {

    /** Fewer samples than this tell nothing about a window. */
    public static final int MIN_SAMPLES = 2;

    /** The figures of the samples taken in {@code [fromMillis, toMillis)}. */
    public static InjectorHealth over(List<InjectorSample> all, long fromMillis, long toMillis, int cores) {
        List<InjectorSample> in = all.stream()
                .filter(s -> s.epochMillis() >= fromMillis && s.epochMillis() < toMillis)
                .toList();
        if (in.size() < MIN_SAMPLES) {
            return unknown(fromMillis, toMillis, in.size(), cores);
        }
        long wall = in.stream().mapToLong(InjectorSample::intervalMillis).sum();
        long pauses = in.stream().mapToLong(InjectorSample::gcPauseMs).sum();
        return new InjectorHealth(
                fromMillis,
                toMillis,
                in.size(),
                cores,
                weightedMean(in, InjectorSample::cpuPercent),
                max(in, InjectorSample::cpuPercent),
                weightedMean(in, InjectorSample::machineCpuPercent),
                pauses,
                wall > 0 ? pauses * 100.0 / wall : null,
                in.stream().mapToLong(InjectorSample::longestGcPauseMs).max().orElse(0),
                max(in, InjectorSample::heapAfterGcPercent),
                in.stream().mapToLong(InjectorSample::lagMs).max().orElse(0));
    }

    /** A window with too few samples to say anything. */
    public static InjectorHealth unknown(long fromMillis, long toMillis, int samples, int cores) {
        return new InjectorHealth(fromMillis, toMillis, samples, cores, null, null, null, null, null, null, null, null);
    }

    /** Whether the window had enough samples for its figures. */
    public boolean known() {
        return samples >= MIN_SAMPLES;
    }

    /** One line for the log. */
    public String describe() {
        if (!known()) {
            return "injector health unknown: " + samples + " sample" + (samples == 1 ? "" : "s") + " in the window";
        }
        return String.format(
                Locale.ROOT,
                "injector CPU %s (max %s) of %d cores, machine CPU %s, GC pauses %d ms (%s of wall time, longest %d ms),"
                        + " heap after GC up to %s, scheduling lag up to %d ms, %d samples",
                percent(cpuMeanPercent),
                percent(cpuMaxPercent),
                cores,
                percent(machineCpuMeanPercent),
                gcPauseTotalMs,
                percent(gcPausePercent),
                longestGcPauseMs,
                percent(heapAfterGcMaxPercent),
                maxLagMs,
                samples);
    }

    private static String percent(Double value) {
        return value == null ? "unknown" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    /** The mean of the samples that have the figure, each weighted by its interval; null when none has it. */
    private static Double weightedMean(List<InjectorSample> samples, Function<InjectorSample, Double> figure) {
        double sum = 0;
        long weight = 0;
        for (InjectorSample s : samples) {
            Double value = figure.apply(s);
            if (value != null) {
                sum += value * s.intervalMillis();
                weight += s.intervalMillis();
            }
        }
        return weight > 0 ? sum / weight : null;
    }

    private static Double max(List<InjectorSample> samples, Function<InjectorSample, Double> figure) {
        return samples.stream()
                .map(figure)
                .filter(Objects::nonNull)
                .max(Double::compare)
                .orElse(null);
    }
}
