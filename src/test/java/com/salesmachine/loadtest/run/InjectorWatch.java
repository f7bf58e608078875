package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.injector.InjectorHealth;
import com.salesmachine.loadtest.injector.InjectorLimits;
import com.salesmachine.loadtest.injector.InjectorMonitor;
import com.salesmachine.loadtest.injector.Saturation;
import com.salesmachine.loadtest.results.InjectorView;
import com.salesmachine.loadtest.results.RunSummary;
import java.util.List;

/**
 * The run's watch on its own injector: the JMX monitor sampling this JVM from the run's start to its
 * end, read back over the window the run is judged on, and held to the run's limits.
 */
final class InjectorWatch implements InjectorView {
    private final InjectorMonitor monitor = new InjectorMonitor();
    private final InjectorLimits limits;

    InjectorWatch(InjectorLimits limits) {
        this.limits = limits;
    }

    void start() {
        monitor.start();
    }

    void stop() {
        monitor.stop();
    }

    @Override
    public RunSummary.Injector health(long fromMillis, long toMillis, String window) {
        InjectorHealth h = monitor.health(fromMillis, toMillis);
        return new RunSummary.Injector(
                window,
                h.samples(),
                h.cores(),
                round(h.cpuMeanPercent()),
                round(h.cpuMaxPercent()),
                round(h.machineCpuMeanPercent()),
                h.gcPauseTotalMs() == null ? null : h.gcPauseTotalMs().doubleValue(),
                round(h.gcPausePercent()),
                h.longestGcPauseMs() == null ? null : h.longestGcPauseMs().doubleValue(),
                round(h.heapAfterGcMaxPercent()),
                h.maxLagMs() == null ? null : h.maxLagMs().doubleValue());
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    @Override
    public List<String> saturation(long fromMillis, long toMillis, String window) {
        String over = window.startsWith("whole") ? "the " + window : "the " + window + " window";
        return Saturation.reasons(monitor.health(fromMillis, toMillis), limits, over);
    }
}
