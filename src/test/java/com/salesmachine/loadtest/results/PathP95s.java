package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.PathStats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The p95 of every request path and every group path of a run, or the median of several runs'
 * p95s, path by path; the order is the order the run(s) list them in. A path's p95 is its steady
 * window's when the run has one and the path ran in it (warm-up and ramps would make two runs of one
 * build differ), else its whole run's.
 */
public record PathP95s(Map<String, Long> requests, Map<String, Long> groups) {

    public PathP95s {
        requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    public static PathP95s of(RunSummary run) {
        return new PathP95s(byPath(requests(run)), byPath(groups(run)));
    }

    /** Per path, the median of the p95s of the runs that have that path (the mean of the middle two when even). */
    public static PathP95s median(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a median needs at least one run");
        }
        return new PathP95s(medians(runs, PathP95s::requests), medians(runs, PathP95s::groups));
    }

    private static List<PathStats> requests(RunSummary run) {
        return run.steady() == null
                ? run.requests()
                : preferSteady(run.requests(), run.steady().requests());
    }

    private static List<PathStats> groups(RunSummary run) {
        return run.steady() == null
                ? run.groups()
                : preferSteady(run.groups(), run.steady().groups());
    }

    private static List<PathStats> preferSteady(List<PathStats> whole, List<PathStats> steady) {
        Map<String, PathStats> inWindow = new LinkedHashMap<>();
        steady.stream().filter(p -> p.stats().count() > 0).forEach(p -> inWindow.put(p.path(), p));
        return whole.stream().map(p -> inWindow.getOrDefault(p.path(), p)).toList();
    }

    private static Map<String, Long> byPath(List<PathStats> entries) {
        Map<String, Long> p95s = new LinkedHashMap<>();
        entries.forEach(e -> p95s.put(e.path(), e.stats().p95()));
        return p95s;
    }

    private static Map<String, Long> medians(List<RunSummary> runs, Function<RunSummary, List<PathStats>> entries) {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        for (RunSummary run : runs) {
            for (PathStats e : entries.apply(run)) {
                values.computeIfAbsent(e.path(), k -> new ArrayList<>())
                        .add(e.stats().p95());
            }
        }
        Map<String, Long> medians = new LinkedHashMap<>();
        values.forEach((path, p95s) -> medians.put(path, medianOf(p95s)));
        return medians;
    }

    static long medianOf(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }
}
