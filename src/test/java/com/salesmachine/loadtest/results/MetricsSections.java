package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.config.Nfr;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.MetricsSummary.Counter;
import com.salesmachine.loadtest.metrics.MetricsSummary.Rate;
import com.salesmachine.loadtest.metrics.MetricsSummary.Trend;
import com.salesmachine.loadtest.results.RunSummary.PathStats;
import com.salesmachine.loadtest.results.RunSummary.Slo;
import com.salesmachine.loadtest.results.RunSummary.Stats;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report's measured sections: global figures, scenario metrics, the NFR3 table of requests
 * and the table of groups.
 */
final class MetricsSections {
    /** NFR3: every endpoint's p95 and its error rate, as {@link Nfr} states them. */
    static final long NFR3_P95_MS = Nfr.API_P95_MS;

    static final double NFR3_ERROR_PERCENT = Nfr.ERROR_RATE_PERCENT;

    private static final String NO_REQUESTS = "no requests, so no response times";

    private MetricsSections() {}

    static void measuredMetrics(StringBuilder out, RunSummary s) {
        Stats g = s.global();
        RunSummary.Steady steady = s.steady();
        out.append("\n## Measured metrics\n\n");
        MarkdownTable table;
        if (steady == null) {
            out.append("The whole run (this shape has no steady state).\n\n");
            table = new MarkdownTable("Metric", ">Whole run");
        } else {
            out.append("The steady-state window (")
                    .append(Figures.duration(steady.fromSeconds()))
                    .append(" to ")
                    .append(Figures.duration(steady.toSeconds()))
                    .append(" after the injection started: what the latency SLOs judge) beside the whole run (ramps"
                            + " and warm-up included).\n\n");
            table = new MarkdownTable("Metric", ">Steady window", ">Whole run");
        }
        Stats w = steady == null ? null : steady.global();
        row(table, "Requests", w == null ? null : Figures.count(w.count()), Figures.count(g.count()));
        row(table, "OK", w == null ? null : Figures.count(w.ok()), Figures.count(g.ok()));
        row(table, "KO", w == null ? null : Figures.count(w.ko()), Figures.count(g.ko()));
        row(table, "Error rate", w == null ? null : Figures.percent(w.koPercent()), Figures.percent(g.koPercent()));
        row(
                table,
                "Mean throughput",
                w == null ? null : Figures.rps(w.throughputRps()),
                Figures.rps(g.throughputRps()));
        row(table, "p50", w == null ? null : time(w, w.p50()), time(g, g.p50()));
        row(table, "p95", w == null ? null : time(w, w.p95()), time(g, g.p95()));
        row(table, "p99", w == null ? null : time(w, w.p99()), time(g, g.p99()));
        row(table, "Max", w == null ? null : time(w, w.max()), time(g, g.max()));
        out.append(table.render());
        out.append("\nPeak concurrent users: ")
                .append(s.concurrency().peakUsers())
                .append(".\n");
        scenarioMetrics(out, s.metrics());
    }

    private static void row(MarkdownTable table, String metric, String steady, String whole) {
        if (steady == null) {
            table.row(metric, whole);
        } else {
            table.row(metric, steady, whole);
        }
    }

    private static String time(Stats st, long ms) {
        return st.count() == 0 ? NO_REQUESTS : Figures.ms(ms);
    }

    private static void scenarioMetrics(StringBuilder out, MetricsSummary m) {
        out.append("\n### Scenario metrics\n\n");
        if (m.trends().isEmpty() && m.counters().isEmpty() && m.rates().isEmpty()) {
            out.append("This simulation records no scenario metrics.\n");
            return;
        }
        out.append("What the scenarios measure beside Gatling's requests.\n");
        if (!m.trends().isEmpty()) {
            var trends = new MarkdownTable("Trend", ">Count", ">p50", ">p95", ">p99", ">Max", "Unit");
            for (Trend t : m.trends()) {
                trends.row(
                        t.name(),
                        Figures.count(t.count()),
                        trendValue(t.p50(), t),
                        trendValue(t.p95(), t),
                        trendValue(t.p99(), t),
                        trendValue(t.max(), t),
                        t.unit());
            }
            out.append('\n').append(trends.render());
        }
        if (!m.counters().isEmpty()) {
            var counters = new MarkdownTable("Counter", ">Value");
            for (Counter c : m.counters()) {
                counters.row(c.name(), Figures.count(c.value()));
            }
            out.append('\n').append(counters.render());
        }
        if (!m.rates().isEmpty()) {
            var rates = new MarkdownTable("Rate", ">Hits", ">Total", ">Rate");
            for (Rate r : m.rates()) {
                String value = r.value() == null ? "none counted (total is 0)" : Figures.percent(r.value() * 100);
                rates.row(r.name(), Figures.count(r.hits()), Figures.count(r.total()), value);
            }
            out.append('\n').append(rates.render());
        }
    }

    private static String trendValue(Double value, Trend t) {
        if (value == null) {
            return t.count() == 0 ? "no samples" : "not recorded";
        }
        return "ms".equals(t.unit()) ? Long.toString(Math.round(value)) : Figures.decimals(value);
    }

    static void nfr3(StringBuilder out, RunSummary s) {
        out.append("\n## NFR3 table\n\n");
        out.append("NFR3 asks every endpoint for a p95 under ")
                .append(NFR3_P95_MS)
                .append(" ms and an error rate under ")
                .append(Figures.percent(NFR3_ERROR_PERCENT))
                .append(". Every request is checked against it here, its p95 on the steady window when the shape has"
                        + " one, its error rate on the whole run; **SLO** marks the requests this run asserts"
                        + " (an SLO has that request as its scope).\n\n");
        if (s.requests().isEmpty()) {
            out.append("No requests were recorded.\n");
        } else {
            Set<String> asserted = s.slos().stream().map(Slo::scope).collect(Collectors.toSet());
            var table = new MarkdownTable(
                    "Request",
                    ">Count",
                    ">Error %",
                    ">p50 (ms)",
                    ">p95 (ms)",
                    ">p99 (ms)",
                    ">p95 steady (ms)",
                    "NFR3",
                    "Asserted");
            for (PathStats r : s.requests()) {
                Stats st = r.stats();
                Stats steady = steady(
                        s, r.path(), s.steady() == null ? null : s.steady().requests());
                table.row(
                        r.path(),
                        Figures.count(st.count()),
                        Figures.decimals(st.koPercent()),
                        st.p50(),
                        st.p95(),
                        st.p99(),
                        steadyP95(s, steady),
                        nfr3Verdict(st, steady == null || steady.count() == 0 ? st : steady),
                        asserted.contains(r.path()) ? "**SLO**" : "no");
            }
            out.append(table.render());
        }
        groups(out, s);
    }

    private static Stats steady(RunSummary s, String path, java.util.List<PathStats> steadyPaths) {
        if (steadyPaths == null) {
            return null;
        }
        return steadyPaths.stream()
                .filter(p -> p.path().equals(path))
                .map(PathStats::stats)
                .findFirst()
                .orElse(null);
    }

    private static String steadyP95(RunSummary s, Stats steady) {
        if (s.steady() == null) {
            return "no steady state";
        }
        return steady == null || steady.count() == 0 ? "none in the window" : Long.toString(steady.p95());
    }

    private static String nfr3Verdict(Stats st, Stats latency) {
        if (st.count() == 0) {
            return "not measured (no requests)";
        }
        boolean pass = latency.p95() < NFR3_P95_MS && st.koPercent() < NFR3_ERROR_PERCENT;
        return pass ? "PASS" : "**FAIL**";
    }

    private static void groups(StringBuilder out, RunSummary s) {
        out.append("\n### Groups\n\n");
        if (s.groups().isEmpty()) {
            out.append("This simulation defines no groups.\n");
            return;
        }
        out.append("A group is one user intent (a workflow such as \"Work prospects\"); its duration is the time"
                + " the user spent in the whole group, think time and polling waits inside it included.\n\n");
        var table = new MarkdownTable(
                "Group", ">Count", ">p50 (ms)", ">p95 (ms)", ">p99 (ms)", ">Max (ms)", ">p95 steady (ms)");
        for (PathStats grp : s.groups()) {
            Stats st = grp.stats();
            Stats steady =
                    steady(s, grp.path(), s.steady() == null ? null : s.steady().groups());
            table.row(
                    grp.path(),
                    Figures.count(st.count()),
                    st.p50(),
                    st.p95(),
                    st.p99(),
                    st.max(),
                    steadyP95(s, steady));
        }
        out.append(table.render());
    }
}
