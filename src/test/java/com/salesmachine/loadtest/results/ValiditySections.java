package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.Injector;
import com.salesmachine.loadtest.results.RunSummary.WorkItem;

/**
 * The report's sections on whether the run's figures can be trusted: the work it intended against
 * what it achieved, and the injector's own health while it ran.
 */
final class ValiditySections {
    private ValiditySections() {}

    static void intendedVsAchieved(StringBuilder out, RunSummary s) {
        out.append("\n## Intended vs achieved\n\n");
        if (s.work().isEmpty()) {
            out.append("The run states no intended work.\n");
            return;
        }
        var table = new MarkdownTable("Work", ">Intended", ">Achieved", ">Achieved %", "Unit", "Judged");
        for (WorkItem w : s.work()) {
            table.row(
                    w.name(),
                    Figures.decimals(w.intended()),
                    Figures.decimals(w.achieved()),
                    Figures.percent(w.percent()),
                    w.unit(),
                    w.judged() ? "yes" : "no (stated)");
        }
        out.append(table.render());
        out.append(
                "\nA run that achieves less than the share `minAchievedPercent` asks (95 % by default) of any judged"
                        + " line is INVALID: its figures describe a smaller load than the one it meant to offer. Requests"
                        + " still in flight when `maxDuration` ends a run are never recorded; unfinished sessions show them.\n");
    }

    /** A merged run's shard table; a shard's note of the run it is part of; nothing for one injector's run. */
    static void shards(StringBuilder out, RunSummary s) {
        if (s.shard() != null) {
            out.append("\n## Shards\n\nThis run is shard ")
                    .append(s.shard().index())
                    .append(" of ")
                    .append(s.shard().count())
                    .append(" of run `")
                    .append(s.runId())
                    .append("`: its figures are this injector's part only; `./mvnw -q test-compile exec:java@merge"
                            + " -Dshards=...` joins the shards' folders into the run's.\n");
        }
        if (s.shards() == null) {
            return;
        }
        out.append("\n## Shards\n\nThis run merges ")
                .append(s.shards().size())
                .append(" shards of run `")
                .append(s.runId())
                .append("`: its figures are one reading of their logs together (percentiles of the merged"
                        + " distribution, counts summed), its SLOs judged again on them, its work the shards' summed;"
                        + " the steady window is where every shard was steady, and the injector health is the busiest"
                        + " shard's. A missing, failed or invalid shard makes it INVALID.\n\n");
        var table = new MarkdownTable(
                ">Shard", "Results folder", "Verdict", "Valid", ">Requests", ">Failed", ">Peak users", "Why not valid");
        for (RunSummary.ShardResult r : s.shards()) {
            if (r.missing()) {
                table.row(String.valueOf(r.index()), "(missing)", "", "no", "", "", "", "no results of it");
            } else {
                table.row(
                        String.valueOf(r.index()),
                        "`" + r.runFolder() + "`",
                        r.verdict(),
                        r.valid() ? "yes" : "no",
                        String.valueOf(r.requests()),
                        String.valueOf(r.failed()),
                        String.valueOf(r.peakUsers()),
                        String.join("; ", r.reasons()));
            }
        }
        out.append(table.render());
    }

    static void injector(StringBuilder out, RunSummary s) {
        Injector i = s.injector();
        out.append("\n## Injector health\n\n");
        if (i.samples() < 2) {
            out.append("Not measured: the injector's monitor took ")
                    .append(i.samples())
                    .append(" samples in the ")
                    .append(i.window())
                    .append(" window, too few for a figure.\n");
            return;
        }
        out.append("The load generator's own JVM, sampled once a second over the ")
                .append(i.window())
                .append(" window (")
                .append(i.samples())
                .append(" samples, ")
                .append(i.cores())
                .append(" cores; with the embedded stand-in, the stand-in's work is in the same JVM).\n\n");
        var table = new MarkdownTable("Figure", ">Value");
        table.row("CPU, mean (share of every core)", percent(i.cpuMeanPercent()))
                .row("CPU, busiest second", percent(i.cpuMaxPercent()))
                .row("Machine CPU, mean", percent(i.machineCpuMeanPercent()))
                .row("GC pauses, total", ms(i.gcPauseMs()))
                .row("GC pauses, share of the window", percent(i.gcPausePercent()))
                .row("Longest GC pause", ms(i.longestGcPauseMs()))
                .row("Heap after GC, highest (share of max)", percent(i.heapMaxPercent()))
                .row("Scheduling lag, worst", ms(i.maxLagMs()));
        out.append(table.render());
    }

    private static String percent(Double value) {
        return value == null ? "unknown (not measured)" : Figures.percent(value);
    }

    private static String ms(Double value) {
        return value == null ? "unknown (not measured)" : Figures.ms(Math.round(value));
    }
}
