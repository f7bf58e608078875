package com.salesmachine.loadtest.injector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The judge of an {@link InjectorHealth} against {@link InjectorLimits}: one line per limit exceeded,
 * with the figure measured and the limit, e.g. {@code longest GC pause 1450 ms (limit 1000 ms)}. A
 * figure that is unknown gives no reason; a healthy injector gives none at all.
 */
public final class Saturation {
    private Saturation() {}

    /** The reasons the injector was saturated over the window; {@code window} names it ("the steady window"). */
    public static List<String> reasons(InjectorHealth health, InjectorLimits limits, String window) {
        var reasons = new ArrayList<String>();
        Double cpu = health.cpuMeanPercent();
        if (cpu != null && cpu > limits.cpuPercent()) {
            reasons.add("injector CPU " + percent(cpu, limits.cpuPercent()) + " % of " + health.cores() + " core"
                    + (health.cores() == 1 ? "" : "s") + " over " + window + " (limit "
                    + number(limits.cpuPercent()) + " %)");
        }
        Double gcShare = health.gcPausePercent();
        if (gcShare != null && gcShare > limits.gcPausePercent()) {
            reasons.add("GC pauses " + percent(gcShare, limits.gcPausePercent()) + " % of the wall time over " + window
                    + ", " + health.gcPauseTotalMs() + " ms in all (limit " + number(limits.gcPausePercent())
                    + " %)");
        }
        Long longest = health.longestGcPauseMs();
        if (longest != null && longest > limits.longestGcPauseMs()) {
            reasons.add("longest GC pause " + longest + " ms (limit " + limits.longestGcPauseMs() + " ms)");
        }
        Double heap = health.heapAfterGcMaxPercent();
        if (heap != null && heap > limits.heapPercent()) {
            reasons.add("heap after GC up to " + percent(heap, limits.heapPercent()) + " % of the max heap (limit "
                    + number(limits.heapPercent()) + " %)");
        }
        Double machine = health.machineCpuMeanPercent();
        if (machine != null && machine > limits.machineCpuPercent()) {
            reasons.add("machine CPU " + percent(machine, limits.machineCpuPercent()) + " % busy over " + window
                    + " (limit " + number(limits.machineCpuPercent()) + " %): the injector's threads competed for it");
        }
        Long lag = health.maxLagMs();
        if (lag != null && lag > limits.lagMs()) {
            reasons.add("injector scheduling lag up to " + lag + " ms (limit " + limits.lagMs() + " ms)");
        }
        return List.copyOf(reasons);
    }

    /** {@link #reasons(InjectorHealth, InjectorLimits, String)} over "the window". */
    public static List<String> reasons(InjectorHealth health, InjectorLimits limits) {
        return reasons(health, limits, "the window");
    }

    /** A whole number, or one decimal where the whole number would read as the limit itself. */
    private static String percent(double value, double limit) {
        String whole = number(Math.round(value));
        return whole.equals(number(limit)) ? String.format(Locale.ROOT, "%.1f", value) : whole;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
