package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.Capacity;
import com.salesmachine.loadtest.results.RunSummary.CapacityStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A capacity search's report sections: Scaling limits in the seed report's words (the maximum in the
 * scenario's unit, the first failing level and what failed), every step in a table and a chart, and the
 * component that gave way first for the Bottleneck section.
 */
final class CapacitySections {
    private CapacitySections() {}

    static void scalingLimits(StringBuilder out, Capacity c) {
        out.append("\n## Scaling limits\n\n");
        out.append("**Maximum ").append(c.unit()).append("**: ");
        if (c.capacity() == null) {
            out.append("not found: no level held.");
        } else if (c.achievedAtCapacity() != null && !c.unit().equals("concurrent users")) {
            out.append(Figures.decimals(c.achievedAtCapacity()))
                    .append(", achieved at ")
                    .append(c.capacity())
                    .append(" users, the highest level at which every SLO held.");
        } else {
            out.append(c.capacity()).append(" (the highest level at which every SLO held).");
        }
        out.append("\n\n").append(MarkdownTable.inline(c.conclusion())).append('\n');
        if (c.ceilingNote() != null) {
            out.append('\n').append(MarkdownTable.inline(c.ceilingNote())).append('\n');
        }
        out.append("\n**Breaking point**: ");
        if (c.firstFailing() == null) {
            out.append("not reached.\n");
        } else {
            out.append(c.firstFailing())
                    .append(" users")
                    .append(
                            c.failedAtFirstFailing().isEmpty()
                                    ? "."
                                    : ": " + MarkdownTable.inline(String.join("; ", c.failedAtFirstFailing())) + ".")
                    .append('\n');
        }
        out.append("\nEvery step of the search (")
                .append(c.steps().size())
                .append(" in ")
                .append(Figures.duration(c.searchSeconds()))
                .append("; each step's own report is in its folder):\n\n");
        steps(out, c);
        chart(out, c);
    }

    static void bottleneck(StringBuilder out, Capacity c) {
        out.append("**What gave way first**: ")
                .append(MarkdownTable.inline(c.bottleneck()))
                .append("\n\n");
    }

    private static void steps(StringBuilder out, Capacity c) {
        Set<String> components = new LinkedHashSet<>();
        c.steps().forEach(s -> components.addAll(s.componentsMs().keySet()));
        boolean intents = c.steps().stream().anyMatch(s -> s.intended() != null);
        var headers = new ArrayList<>(List.of(">#", ">Users", "Verdict"));
        if (intents) {
            headers.add(">Intended " + c.unit());
        }
        headers.addAll(List.of(">Achieved " + c.unit(), ">Throughput", ">p50", ">p95", ">p99", ">Errors"));
        components.forEach(name -> headers.add(">" + name));
        boolean target = c.steps().stream().anyMatch(s -> s.targetCpuCores() != null || s.targetMemoryMb() != null);
        if (target) {
            headers.addAll(List.of(">API CPU (cores)", ">API memory (MB)"));
        }
        headers.add("Failed");
        var table = new MarkdownTable(headers.toArray(String[]::new));
        for (CapacityStep s : c.steps()) {
            var row = new ArrayList<Object>(List.of(s.index(), s.level(), s.verdict()));
            if (intents) {
                row.add(s.intended() == null ? "-" : Figures.decimals(s.intended()));
            }
            row.addAll(List.of(
                    s.achieved() == null ? "-" : Figures.decimals(s.achieved()),
                    Figures.rps(s.throughputRps()),
                    Figures.ms(s.p50Ms()),
                    Figures.ms(s.p95Ms()),
                    Figures.ms(s.p99Ms()),
                    Figures.percent(s.errorPercent())));
            for (String name : components) {
                Double ms = s.componentsMs().get(name);
                row.add(ms == null ? "-" : Figures.ms(Math.round(ms)));
            }
            if (target) {
                row.add(s.targetCpuCores() == null ? "-" : Figures.decimals(s.targetCpuCores()));
                row.add(s.targetMemoryMb() == null ? "-" : Figures.decimals(Math.round(s.targetMemoryMb())));
            }
            row.add(s.failed().isEmpty() ? "" : String.join("; ", s.failed()));
            table.row(row.toArray());
        }
        out.append(table.render());
        out.append("\nLatency and errors over each step's judged window; component times are the means the API"
                + " reported (Server-Timing) or the suite observed, over the step's whole run; the API's CPU (mean)"
                + " and resident memory (max) over the window, from METRICS_URL, when it was measured.\n");
    }

    /** p95 by level, as a Mermaid chart (GitHub renders it; elsewhere it reads as the numbers it holds). */
    private static void chart(StringBuilder out, Capacity c) {
        List<CapacityStep> byLevel = c.steps().stream()
                .filter(s -> s.folder() != null)
                .sorted(Comparator.comparingInt(CapacityStep::level))
                .toList();
        if (byLevel.size() < 2) {
            return;
        }
        out.append(
                        "\n```mermaid\nxychart-beta\n    title \"p95 response time by users offered\"\n    x-axis \"users\" [")
                .append(byLevel.stream().map(s -> Integer.toString(s.level())).collect(Collectors.joining(", ")))
                .append("]\n    y-axis \"p95 (ms)\"\n    bar [")
                .append(byLevel.stream().map(s -> Long.toString(s.p95Ms())).collect(Collectors.joining(", ")))
                .append("]\n```\n");
    }
}
