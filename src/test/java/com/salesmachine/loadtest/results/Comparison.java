package com.salesmachine.loadtest.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's p95s set against a baseline's, path by path, requests then groups: each path is ok, a
 * regression (see {@link Thresholds}), new (only in this run) or gone (only in the baseline).
 */
public record Comparison(List<Row> rows, Thresholds thresholds) {

    public enum Kind {
        REQUEST,
        GROUP
    }

    public enum Verdict {
        OK,
        REGRESSION,
        NEW,
        GONE
    }

    /** One path; {@code baselineP95} is null when the path is new, {@code currentP95} when it is gone. */
    public record Row(Kind kind, String path, Long baselineP95, Long currentP95, Verdict verdict) {
        public boolean hasBoth() {
            return baselineP95 != null && currentP95 != null;
        }

        public long deltaMs() {
            return currentP95 - baselineP95;
        }
    }

    public Comparison {
        rows = List.copyOf(rows);
    }

    public static Comparison of(PathP95s baseline, PathP95s current, Thresholds thresholds) {
        List<Row> rows = new ArrayList<>();
        compare(Kind.REQUEST, baseline.requests(), current.requests(), thresholds, rows);
        compare(Kind.GROUP, baseline.groups(), current.groups(), thresholds, rows);
        return new Comparison(rows, thresholds);
    }

    public List<Row> regressions() {
        return rows.stream().filter(r -> r.verdict() == Verdict.REGRESSION).toList();
    }

    public boolean hasRegression() {
        return !regressions().isEmpty();
    }

    private static void compare(
            Kind kind, Map<String, Long> baseline, Map<String, Long> current, Thresholds thresholds, List<Row> rows) {
        current.forEach((path, p95) -> {
            Long base = baseline.get(path);
            Verdict verdict;
            if (base == null) {
                verdict = Verdict.NEW;
            } else {
                verdict = thresholds.isRegression(base, p95) ? Verdict.REGRESSION : Verdict.OK;
            }
            rows.add(new Row(kind, path, base, p95, verdict));
        });
        baseline.forEach((path, base) -> {
            if (!current.containsKey(path)) {
                rows.add(new Row(kind, path, base, null, Verdict.GONE));
            }
        });
    }
}
