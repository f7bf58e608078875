package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.Comparison.Row;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A comparison as Markdown fit for a GitHub job summary ({@code comparison.md}): a line saying what
 * was compared with what, the table, and a last line naming the regressed paths.
 */
final class ComparisonMarkdown {
    static final String REGRESSION_MARK = "**REGRESSION**";

    private ComparisonMarkdown() {}

    static String render(RunSummary current, String currentName, Baseline baseline, Comparison comparison) {
        var out = new StringBuilder();
        out.append("### p95 comparison: ")
                .append(current.simulation())
                .append(", profile `")
                .append(current.profile())
                .append("`\n\n");
        out.append("Run `")
                .append(currentName)
                .append("` compared with ")
                .append(baseline.description())
                .append(". A path regresses when its p95 grew by ")
                .append(comparison.thresholds().describe())
                .append(".\n\n");
        var table = new MarkdownTable(
                "Kind", "Path", ">Baseline p95 (ms)", ">Current p95 (ms)", ">Delta (ms)", ">Delta (%)", "Verdict");
        for (Row row : comparison.rows()) {
            table.row(
                    row.kind().name().toLowerCase(Locale.ROOT),
                    row.path(),
                    row.baselineP95() == null ? "not in baseline" : row.baselineP95(),
                    row.currentP95() == null ? "not in this run" : row.currentP95(),
                    row.hasBoth() ? signed(row.deltaMs()) : "n/a",
                    deltaPercent(row),
                    verdict(row));
        }
        out.append(table.render()).append('\n');
        if (comparison.hasRegression()) {
            int n = comparison.regressions().size();
            out.append(n == 1 ? "1 regression: " : n + " regressions: ")
                    .append(comparison.regressions().stream()
                            .map(r -> "`" + r.path() + "` (" + r.kind().name().toLowerCase(Locale.ROOT) + ", "
                                    + signed(r.deltaMs()) + " ms)")
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        } else {
            out.append("No regressions.\n");
        }
        return out.toString();
    }

    private static String deltaPercent(Row row) {
        if (!row.hasBoth()) {
            return "n/a";
        }
        if (row.baselineP95() == 0) {
            return "n/a (baseline is 0 ms)";
        }
        double percent = row.deltaMs() * 100.0 / row.baselineP95();
        return (percent > 0 ? "+" : "") + Figures.decimals(percent);
    }

    private static String verdict(Row row) {
        return switch (row.verdict()) {
            case OK -> "ok";
            case REGRESSION -> REGRESSION_MARK;
            case NEW -> "new";
            case GONE -> "gone";
        };
    }

    private static String signed(long value) {
        return value > 0 ? "+" + value : Long.toString(value);
    }
}
