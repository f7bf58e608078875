package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.Range;
import com.salesmachine.loadtest.results.RunSummary.ResourceWindow;
import com.salesmachine.loadtest.results.RunSummary.Resources;

/**
 * The report's "Target resources" section: the target's CPU, memory and GC from its Prometheus
 * metrics, as the seed report's soak table (metric, min, mean, max), then the memory trend.
 */
final class TargetSections {
    private TargetSections() {}

    static void resources(StringBuilder out, RunSummary s) {
        out.append("\n## Target resources\n\n");
        Resources r = s.target().resources();
        if (r == null) {
            out.append("Not measured: `METRICS_URL` was not set, so the target's CPU, memory and GC are unknown"
                    + " (set it to the API's Prometheus metrics endpoint).\n");
            return;
        }
        out.append("The target's own figures, scraped from `")
                .append(MarkdownTable.inline(r.metricsUrl()))
                .append("` every ")
                .append(Figures.duration(r.intervalSeconds()))
                .append(": ")
                .append(r.samples())
                .append(" samples over the whole run, ")
                .append(r.failedScrapes())
                .append(" failed scrapes.");
        if (RunSummary.Target.STAND_IN.equals(s.target().kind())) {
            out.append(" The embedded stand-in shares the injector's JVM, so its figures include Gatling's.");
        }
        out.append("\n\n");
        if (r.samples() == 0) {
            out.append("No scrape was answered during the run, so there is no figure.\n");
            return;
        }
        var table = new MarkdownTable("Metric", "Window", ">Min", ">Mean", ">Max");
        rows(table, "whole run", r.cpuCores(), r.residentMemoryMb(), r.heapUsedMb());
        ResourceWindow steady = r.steady();
        if (steady != null) {
            rows(table, "steady", steady.cpuCores(), steady.residentMemoryMb(), steady.heapUsedMb());
        }
        out.append(table.render());
        out.append("\nGC time: ")
                .append(r.gcPercent() == null ? "not exported" : Figures.percent(r.gcPercent()) + " of the whole run");
        if (steady != null && steady.gcPercent() != null) {
            out.append(", ").append(Figures.percent(steady.gcPercent())).append(" of the steady window");
        }
        out.append(".\n\n").append(slope(r)).append('\n');
    }

    private static void rows(MarkdownTable table, String window, Range cpu, Range resident, Range heap) {
        row(table, "CPU (cores)", window, cpu, "");
        row(table, "Resident memory", window, resident, " MB");
        row(table, "Heap used", window, heap, " MB");
    }

    private static void row(MarkdownTable table, String metric, String window, Range range, String unit) {
        if (range == null || range.mean() == null) {
            table.row(metric, window, "not exported", "", "");
            return;
        }
        table.row(metric, window, value(range.min(), unit), value(range.mean(), unit), value(range.max(), unit));
    }

    private static String value(Double v, String unit) {
        return v == null ? "" : Figures.decimals(v) + unit;
    }

    /** The trend line: the slope, what it is of, and whether memory keeps growing. */
    static String slope(Resources r) {
        if (r.memorySlopeMbPerHour() == null) {
            return "Memory trend: not judged (fewer than 3 samples of heap after GC or resident memory in the "
                    + r.slopeWindow() + " window).";
        }
        String verdict = Boolean.TRUE.equals(r.memoryGrowing())
                ? "**memory keeps growing**"
                : "memory is not growing by the rule (docs/RESULTS.md)";
        return "Memory trend (" + r.memorySeries() + ", " + r.slopeWindow() + " window, least squares): "
                + signed(r.memorySlopeMbPerHour()) + " MB per hour"
                + (r.memoryGrowthPercentPerHour() == null
                        ? ""
                        : " (" + signed(r.memoryGrowthPercentPerHour()) + " % of its mean per hour)")
                + ": " + verdict + ".";
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Figures.decimals(v);
    }
}
