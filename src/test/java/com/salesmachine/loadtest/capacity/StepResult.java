package com.salesmachine.loadtest.capacity;

import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.SloText;
import com.salesmachine.loadtest.verdict.Validity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a capacity search as its own run judged it: the level offered, what it achieved, its
 * steady window's latency and errors, the components' times, and its verdict with what failed.
 *
 * @param level the users the step offered
 * @param verdict PASS, FAIL, INVALID (or STOPPED, a run its stop criteria ended)
 * @param intended what the step intended in that unit (a paced load's rate); null when the level is the intent
 * @param achieved what the step achieved in the scenario's capacity unit; null when unread
 * @param components each component's mean time in ms, by label ({@link Component})
 * @param targetCpuCores the target's mean CPU over the step's window, in cores (its METRICS_URL); null unmeasured
 * @param targetMemoryMb the target's largest resident memory over the step's window, in MB; null unmeasured
 * @param failed the SLOs that failed, by name, then the reasons the step is INVALID
 * @param folder the step's own results folder (its report.md, summary.json and HTML report)
 */
record StepResult(
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
        Map<String, Double> components,
        Double targetCpuCores,
        Double targetMemoryMb,
        List<String> failed,
        boolean injectorSaturated,
        String folder,
        double seconds) {

    boolean passed() {
        return RunSummary.PASS.equals(verdict);
    }

    static StepResult of(int level, RunSummary s, CapacityMeasure measure, String folder, double seconds) {
        RunSummary.Stats stats = s.steady() != null ? s.steady().global() : s.global();
        List<String> failed = new java.util.ArrayList<>();
        s.slos().stream().filter(slo -> !slo.passed()).forEach(slo -> failed.add(SloText.nameWithActual(slo)));
        boolean saturated = false;
        if (s.validity() != null && !s.validity().valid()) {
            failed.addAll(s.validity().reasons());
            saturated = s.validity().reasons().stream().anyMatch(r -> r.startsWith(Validity.SATURATED));
        }
        MetricsSummary metrics = s.metrics() == null ? MetricsSummary.none() : s.metrics();
        return new StepResult(
                level,
                s.verdict(),
                measure.intended().apply(s).orElse(null),
                measure.achieved().apply(s).orElse(null),
                stats.throughputRps(),
                stats.mean(),
                stats.p50(),
                stats.p95(),
                stats.p99(),
                stats.koPercent(),
                Component.of(metrics),
                target(s, RunSummary.ResourceWindow::cpuCores, RunSummary.Range::mean),
                target(s, RunSummary.ResourceWindow::residentMemoryMb, RunSummary.Range::max),
                List.copyOf(failed),
                saturated,
                folder,
                seconds);
    }

    /** A figure of the target's resources over the step's steady window (the whole run without one). */
    private static Double target(
            RunSummary s,
            java.util.function.Function<RunSummary.ResourceWindow, RunSummary.Range> figure,
            java.util.function.Function<RunSummary.Range, Double> statistic) {
        RunSummary.Resources r = s.target() == null ? null : s.target().resources();
        if (r == null) {
            return null;
        }
        RunSummary.ResourceWindow window = r.steady() != null
                ? r.steady()
                : new RunSummary.ResourceWindow(
                        r.samples(), r.cpuCores(), r.residentMemoryMb(), r.heapUsedMb(), r.gcPercent());
        RunSummary.Range range = figure.apply(window);
        return range == null ? null : statistic.apply(range);
    }

    /** A step that could not be run or read: it fails, named. */
    static StepResult unread(int level, String why, double seconds) {
        return new StepResult(
                level,
                RunSummary.FAIL,
                null,
                null,
                0,
                0,
                0,
                0,
                0,
                0,
                Map.of(),
                null,
                null,
                List.of(why),
                false,
                null,
                seconds);
    }

    Optional<Double> component(String label) {
        return Optional.ofNullable(components.get(label));
    }
}
