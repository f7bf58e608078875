package com.salesmachine.loadtest.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steady window's figures, counted from the records that started in it, without a second pass
 * through Gatling's statistics: per request, per group and over every request, the count, OK and KO,
 * and a count per whole millisecond, so its percentiles are exact nearest ranks (the smallest time at
 * or under which that share of the records lie) where Gatling's are a t-digest's estimate. Count, min,
 * max, mean, standard deviation and throughput follow Gatling's own rules (mean and deviation rounded
 * to whole milliseconds, throughput over the window's length in whole seconds, rounded up).
 */
final class WindowTally {
    private final long from;
    private final long to;
    private final double[] ranks;
    private final Path[] requests;
    private final Path[] groups;
    private final Path global = new Path();
    /** Indices into {@link #requests} (from 0) and {@link #groups} (as {@code -1 - index}), as first seen. */
    private final List<Integer> seen = new ArrayList<>();

    /**
     * Over records that started in {@code [from, to)}, for {@code requestNames} and {@code groupNames}
     * (the log's), with percentiles at {@code ranks} (four of them, as Gatling's indicators).
     */
    WindowTally(long from, long to, int requestNames, int groupNames, double[] ranks) {
        this.from = from;
        this.to = to;
        this.ranks = ranks.clone();
        this.requests = new Path[requestNames];
        this.groups = new Path[groupNames];
    }

    long from() {
        return from;
    }

    long to() {
        return to;
    }

    boolean holds(long start) {
        return start >= from && start < to;
    }

    void request(int name, long start, int time, boolean ok) {
        Path path = requests[name];
        if (path == null) {
            path = requests[name] = new Path();
            seen.add(name);
        }
        path.add(start, time, ok);
        global.add(start, time, ok);
    }

    void group(int group, long start, int time, boolean ok) {
        Path path = groups[group];
        if (path == null) {
            path = groups[group] = new Path();
            seen.add(-1 - group);
        }
        path.add(start, time, ok);
    }

    /**
     * The window as a view: requests and groups in the order their first record started in it (as
     * Gatling orders its report), a group shown when a request in it is (with zero figures if none of
     * its own records started there), and each group's parents before it.
     */
    GatlingRunReader.View view(SimulationLog log) {
        long seconds = (long) Math.ceil((to - from) / 1000.0);
        var requestStats = new ArrayList<RunSummary.PathStats>();
        var groupStats = new LinkedHashMap<List<String>, RunSummary.PathStats>();
        List<Integer> order = new ArrayList<>(seen);
        order.sort(
                java.util.Comparator.comparingLong(i -> i >= 0 ? requests[i].firstStart : groups[-1 - i].firstStart));
        for (int index : order) {
            if (index >= 0) {
                SimulationLog.RequestName name = log.requestNames.get(index);
                addGroups(log, name.groups(), groupStats, seconds);
                requestStats.add(
                        GatlingRunReader.pathStats(name.groups(), name.name(), requests[index].stats(ranks, seconds)));
            } else {
                addGroups(log, log.groups.get(-1 - index), groupStats, seconds);
            }
        }
        return new GatlingRunReader.View(
                from, to, global.stats(ranks, seconds), List.copyOf(requestStats), List.copyOf(groupStats.values()));
    }

    private void addGroups(
            SimulationLog log, List<String> hierarchy, Map<List<String>, RunSummary.PathStats> out, long seconds) {
        for (int depth = 1; depth <= hierarchy.size(); depth++) {
            List<String> key = hierarchy.subList(0, depth);
            if (!out.containsKey(key)) {
                int group = log.groups.indexOf(key);
                Path path = group < 0 ? null : groups[group];
                RunSummary.Stats stats = path == null ? GatlingRunReader.NO_FIGURES : path.stats(ranks, seconds);
                out.put(
                        List.copyOf(key),
                        GatlingRunReader.pathStats(hierarchy.subList(0, depth - 1), key.get(depth - 1), stats));
            }
        }
    }

    /** One path's records: counts, sums and a count per millisecond. */
    static final class Path {
        private long count;
        private long ko;
        private long sum;
        private long sumOfSquares;
        private int min = Integer.MAX_VALUE;
        private int max = Integer.MIN_VALUE;
        private long firstStart = Long.MAX_VALUE;
        private int[] perMillisecond = new int[1024];

        void add(long start, int time, boolean ok) {
            firstStart = Math.min(firstStart, start);
            count++;
            if (!ok) {
                ko++;
            }
            sum += time;
            sumOfSquares += (long) time * time;
            min = Math.min(min, time);
            max = Math.max(max, time);
            int slot = Math.max(0, time);
            if (slot >= perMillisecond.length) {
                perMillisecond = Arrays.copyOf(perMillisecond, Math.max(slot + 1, 2 * perMillisecond.length));
            }
            perMillisecond[slot]++;
        }

        RunSummary.Stats stats(double[] ranks, long seconds) {
            if (count == 0) {
                return GatlingRunReader.NO_FIGURES;
            }
            double mean = (double) sum / count;
            double stdDev = Math.sqrt((double) sumOfSquares / count - mean * mean);
            return new RunSummary.Stats(
                    count,
                    count - ko,
                    ko,
                    Math.round(10000.0 * ko / count) / 100.0,
                    Math.round(100.0 * count / Math.max(1, seconds)) / 100.0,
                    min,
                    Math.round(mean),
                    Math.round(stdDev),
                    rank(ranks[0]),
                    rank(ranks[1]),
                    rank(ranks[2]),
                    rank(ranks[3]),
                    max);
        }

        /** The nearest rank: the smallest time at or under which {@code percent} % of the records lie. */
        long rank(double percent) {
            long wanted = Math.max(1, (long) Math.ceil(percent / 100 * count));
            long seen = 0;
            for (int ms = 0; ms < perMillisecond.length; ms++) {
                seen += perMillisecond[ms];
                if (seen >= wanted) {
                    return Math.max(ms, min);
                }
            }
            return max;
        }
    }
}
