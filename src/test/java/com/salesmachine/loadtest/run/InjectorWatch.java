package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.injector.InjectorHealth;
import com.salesmachine.loadtest.injector.InjectorLimits;
import com.salesmachine.loadtest.injector.InjectorMonitor;
import com.salesmachine.loadtest.injector.Saturation;
import com.salesmachine.loadtest.results.InjectorView;
import com.salesmachine.loadtest.results.RunSummary;

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
    public Health over(long fromMillis, long toMillis, String window) {
        InjectorHealth h = monitor.health(fromMillis, toMillis);
        var figures = new RunSummary.Injector(
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
        String over = window.startsWith("whole") ? "the " + window : "the " + window + " window";
        return new Health(figures, Saturation.reasons(h, limits, over));
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
