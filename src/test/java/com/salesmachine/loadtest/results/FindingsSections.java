package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.ErrorCount;
import com.salesmachine.loadtest.results.RunSummary.PathStats;
import com.salesmachine.loadtest.results.RunSummary.Slo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The report's reading of the run: its errors, the bottleneck candidates and the scaling limits. */
final class FindingsSections {
    static final int TOP_ERRORS = 10;
    static final int BOTTLENECKS = 3;

    private FindingsSections() {}

    static void errors(StringBuilder out, RunSummary s) {
        out.append("\n## Error summary\n\n");
        if (s.errors().isEmpty()) {
            out.append("No errors.\n");
            return;
        }
        List<ErrorCount> sorted = s.errors().stream()
                .sorted(Comparator.comparingLong(ErrorCount::count).reversed())
                .toList();
        long total = sorted.stream().mapToLong(ErrorCount::count).sum();
        out.append(Figures.count(total))
                .append(total == 1 ? " error" : " errors")
                .append(" in ")
                .append(sorted.size())
                .append(sorted.size() == 1 ? " distinct message" : " distinct messages")
                .append(sorted.size() > TOP_ERRORS ? "; the " + TOP_ERRORS + " most frequent:" : ":")
                .append("\n\n");
        var table = new MarkdownTable(">#", "Message", ">Count", ">Share");
        int rank = 0;
        for (ErrorCount e : sorted.subList(0, Math.min(TOP_ERRORS, sorted.size()))) {
            table.row(++rank, e.message(), Figures.count(e.count()), Figures.percent(e.percent()));
        }
        out.append(table.render());
        if (sorted.size() > TOP_ERRORS) {
            long rest = sorted.subList(TOP_ERRORS, sorted.size()).stream()
                    .mapToLong(ErrorCount::count)
                    .sum();
            out.append("\nThe other ")
                    .append(sorted.size() - TOP_ERRORS)
                    .append(" messages account for ")
                    .append(Figures.count(rest))
                    .append(rest == 1 ? " error" : " errors")
                    .append("; Gatling's HTML report lists them all.\n");
        }
    }

    static void bottlenecks(StringBuilder out, RunSummary s) {
        out.append("\n## Bottleneck candidates\n\n");
        if (s.capacity() != null) {
            CapacitySections.bottleneck(out, s.capacity());
        }
        List<PathStats> calls = s.requests();
        if (calls.isEmpty()) {
            out.append("No requests were recorded, so there is nothing to rank.\n");
            return;
        }
        out.append("The ")
                .append(Math.min(BOTTLENECKS, calls.size()))
                .append(" slowest requests by p95. This ranks symptoms, not causes: a slow request may be waiting"
                        + " on something another request exhausts (a connection pool, a lock, a rate limit, a"
                        + " downstream service); confirm with the API's own metrics before tuning.\n\n");
        double allTime = calls.stream()
                .mapToDouble(r -> (double) r.stats().count() * r.stats().mean())
                .sum();
        var table = new MarkdownTable(">#", "Request", ">p95 (ms)", ">Mean (ms)", ">Count", ">Share of response time");
        List<PathStats> slowest = calls.stream()
                .sorted(Comparator.comparingLong((PathStats r) -> r.stats().p95())
                        .reversed()
                        .thenComparing(PathStats::path))
                .limit(BOTTLENECKS)
                .toList();
        int rank = 0;
        for (PathStats r : slowest) {
            double time = (double) r.stats().count() * r.stats().mean();
            String share = allTime > 0 ? Figures.percent(100 * time / allTime) : "none (no response time recorded)";
            table.row(
                    ++rank,
                    r.path(),
                    r.stats().p95(),
                    r.stats().mean(),
                    Figures.count(r.stats().count()),
                    share);
        }
        out.append(table.render());
        out.append("\nShare of response time: the request's count times its mean, over the same for all requests.\n");
    }

    static void scalingLimits(StringBuilder out, RunSummary s) {
        if (s.capacity() != null) {
            CapacitySections.scalingLimits(out, s.capacity());
            return;
        }
        out.append("\n## Scaling limits\n\n");
        int peak = s.concurrency().peakUsers();
        String throughput = Figures.rps(s.global().throughputRps());
        List<Slo> failed = s.slos().stream().filter(slo -> !slo.passed()).toList();
        if (RunSummary.INVALID.equals(s.verdict())) {
            out.append("The run is INVALID, so it shows no capacity: ")
                    .append(MarkdownTable.inline(String.join("; ", s.validity().reasons())))
                    .append(".\n");
        } else if (s.stopped() != null) {
            out.append("The API broke its SLOs under this run's load: ")
                    .append(MarkdownTable.inline(s.stopped().reason()))
                    .append(", and stop criteria stopped the injection there. The last level held before it is in"
                            + " the steps above.\n");
            return;
        } else if (s.passed() && s.slos().isEmpty()) {
            out.append("Held ")
                    .append(peak)
                    .append(" concurrent users at ")
                    .append(throughput)
                    .append("; this simulation asserts no SLOs, so the run does not say whether that load was"
                            + " served acceptably.\n");
        } else if (s.passed()) {
            out.append("Held ")
                    .append(peak)
                    .append(" concurrent users at ")
                    .append(throughput)
                    .append(" with every SLO passing.\n");
        } else {
            out.append("The run failed its SLOs, so it does not show a capacity that held: at ")
                    .append(peak)
                    .append(" concurrent users and ")
                    .append(throughput)
                    .append(", ");
            if (failed.isEmpty()) {
                out.append("the verdict is FAIL although no single SLO is marked failed.\n");
            } else {
                out.append(failed.size() == 1 ? "this SLO failed: " : "these SLOs failed: ")
                        .append(failed.stream()
                                .map(slo -> MarkdownTable.inline(slo.name()))
                                .collect(Collectors.joining("; ")))
                        .append(".\n");
            }
        }
        if (!s.steps().isEmpty()) {
            return;
        }
        out.append("\nThe breaking point is not known from this run: finding it needs a stress or breakpoint"
                + " profile run, which raises the load until an SLO fails.\n");
    }
}
