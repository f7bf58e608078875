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
        out.append("\n## Measured metrics\n\n");
        var table = new MarkdownTable("Metric", ">Value");
        table.row("Requests", Figures.count(g.count()))
                .row("OK", Figures.count(g.ok()))
                .row("KO", Figures.count(g.ko()))
                .row("Error rate", Figures.percent(g.koPercent()))
                .row("Mean throughput", Figures.rps(g.throughputRps()));
        if (g.count() == 0) {
            table.row("Response times", NO_REQUESTS);
        } else {
            table.row("p50", Figures.ms(g.p50()))
                    .row("p95", Figures.ms(g.p95()))
                    .row("p99", Figures.ms(g.p99()))
                    .row("Max", Figures.ms(g.max()));
        }
        table.row("Peak concurrent users", s.concurrency().peakUsers());
        out.append(table.render());
        scenarioMetrics(out, s.metrics());
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
                .append(". Every request is checked against it here; **SLO** marks the requests this run asserts"
                        + " (an SLO has that request as its scope).\n\n");
        if (s.requests().isEmpty()) {
            out.append("No requests were recorded.\n");
        } else {
            Set<String> asserted = s.slos().stream().map(Slo::scope).collect(Collectors.toSet());
            var table = new MarkdownTable(
                    "Request", ">Count", ">Error %", ">p50 (ms)", ">p95 (ms)", ">p99 (ms)", "NFR3", "Asserted");
            for (PathStats r : RecordedWaits.calls(s.requests())) {
                Stats st = r.stats();
                table.row(
                        r.path(),
                        Figures.count(st.count()),
                        Figures.decimals(st.koPercent()),
                        st.p50(),
                        st.p95(),
                        st.p99(),
                        nfr3Verdict(st),
                        asserted.contains(r.path()) ? "**SLO**" : "no");
            }
            out.append(table.render());
            String waits = RecordedWaits.note(s.requests());
            if (!waits.isEmpty()) {
                out.append('\n').append(waits);
            }
        }
        groups(out, s);
    }

    private static String nfr3Verdict(Stats st) {
        if (st.count() == 0) {
            return "not measured (no requests)";
        }
        boolean pass = st.p95() < NFR3_P95_MS && st.koPercent() < NFR3_ERROR_PERCENT;
        return pass ? "PASS" : "**FAIL**";
    }

    private static void groups(StringBuilder out, RunSummary s) {
        out.append("\n### Groups\n\n");
        if (s.groups().isEmpty()) {
            out.append("This simulation defines no groups.\n");
            return;
        }
        out.append("A group is one user intent (a workflow such as \"Work prospects\"); its duration is the time"
                + " the user spent in the whole group, think time inside it included.\n\n");
        var table = new MarkdownTable("Group", ">Count", ">p50 (ms)", ">p95 (ms)", ">p99 (ms)", ">Max (ms)");
        for (PathStats grp : s.groups()) {
            Stats st = grp.stats();
            table.row(grp.path(), Figures.count(st.count()), st.p50(), st.p95(), st.p99(), st.max());
        }
        out.append(table.render());
    }
}
