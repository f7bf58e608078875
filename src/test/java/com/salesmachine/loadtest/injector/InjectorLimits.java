package com.salesmachine.loadtest.injector;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;

/**
 * How busy the injector may be before its numbers describe it rather than the API: above any of these
 * limits over a window, {@link Saturation} names it.
 *
 * @param cpuPercent the process's mean CPU over the window, percent of all cores
 * @param gcPausePercent GC pauses as a share of the window's wall time
 * @param longestGcPauseMs the longest single GC pause
 * @param heapPercent heap used after GC, percent of the max heap
 * @param lagMs how late the monitor's tick may fire
 * @param machineCpuPercent the whole machine's mean CPU over the window: near 100 % something (the
 *     injector, or a neighbour it competes with) starves the injector's threads
 */
public record InjectorLimits(
        double cpuPercent,
        double gcPausePercent,
        long longestGcPauseMs,
        double heapPercent,
        long lagMs,
        double machineCpuPercent) {

    public static final String MAX_CPU_PERCENT = "injectorMaxCpuPercent";
    public static final String MAX_GC_PAUSE_PERCENT = "injectorMaxGcPausePercent";
    public static final String MAX_GC_PAUSE_MS = "injectorMaxGcPauseMs";
    public static final String MAX_HEAP_PERCENT = "injectorMaxHeapPercent";
    public static final String MAX_LAG_MS = "injectorMaxLagMs";
    public static final String MAX_MACHINE_CPU_PERCENT = "injectorMaxMachineCpuPercent";

    public static final InjectorLimits DEFAULTS = new InjectorLimits(90, 10, 1000, 90, 1000, 95);

    /** The longest pause or lag a limit may allow: ten minutes. */
    static final int MAX_MS = 600_000;

    public InjectorLimits {
        if (!inPercentRange(cpuPercent)
                || !inPercentRange(gcPausePercent)
                || !inPercentRange(heapPercent)
                || !inPercentRange(machineCpuPercent)
                || longestGcPauseMs < 1
                || longestGcPauseMs > MAX_MS
                || lagMs < 1
                || lagMs > MAX_MS) {
            throw new IllegalArgumentException("need percentages above 0 up to 100 and ms from 1 to " + MAX_MS
                    + ", got " + cpuPercent + " %, " + gcPausePercent + " %, " + longestGcPauseMs + " ms, "
                    + heapPercent + " %, " + lagMs + " ms, " + machineCpuPercent + " %");
        }
    }

    /** Reads the six {@code injectorMax...} settings, each defaulting to {@link #DEFAULTS}'. */
    public static InjectorLimits from(SettingSource source) {
        InjectorLimits d = DEFAULTS;
        return new InjectorLimits(
                percent(source, MAX_CPU_PERCENT, d.cpuPercent),
                percent(source, MAX_GC_PAUSE_PERCENT, d.gcPausePercent),
                millis(source, MAX_GC_PAUSE_MS, d.longestGcPauseMs),
                percent(source, MAX_HEAP_PERCENT, d.heapPercent),
                millis(source, MAX_LAG_MS, d.lagMs),
                percent(source, MAX_MACHINE_CPU_PERCENT, d.machineCpuPercent));
    }

    private static double percent(SettingSource source, String setting, double defaultValue) {
        double value = source.positiveDouble(setting, defaultValue);
        if (!inPercentRange(value)) {
            throw new SettingException(
                    setting,
                    "'" + source.raw(setting).orElse("")
                            + "' is out of range; use a percentage above 0 up to 100, e.g. "
                            + Math.round(defaultValue));
        }
        return value;
    }

    private static long millis(SettingSource source, String setting, long defaultValue) {
        int value = source.positiveInt(setting, (int) defaultValue);
        if (value > MAX_MS) {
            throw new SettingException(
                    setting, "'" + value + "' is out of range; use 1 to " + MAX_MS + " (ms), e.g. " + defaultValue);
        }
        return value;
    }

    private static boolean inPercentRange(double value) {
        return value > 0 && value <= 100;
    }
}
