package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.GroupStatsPath;
import io.gatling.charts.stats.IntVsTimePlot;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.stats.ErrorStats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Holds a reading by {@link GatlingRunReader} to Gatling's own {@code LogFileReader} reading the
 * same log: the run's bounds, every path, and per path the count, OK, KO, min, max, mean, std dev
 * and throughput exactly (equal sums and sums of squares of every response time: each record's
 * times were decoded right).
 *
 * <p>Percentiles cannot be held to the millisecond: Gatling's t-digest (compression 100) breaks
 * ties at random, so Gatling's own readings of one log differ. Forty readings of a 74-request path
 * gave a p50 of 47, 48 or 51 ms; ten of a 468-request log, a global p99 from 271 to 301 ms. So a
 * percentile passes within 1 ms of Gatling's, or else within Gatling's own estimates at one
 * percentile point either side (two values either side on fewer than 200): a tolerance in rank,
 * which is what a t-digest's error is bounded in (a centroid near the median holds up to about a
 * hundredth of the values).
 */
final class SameAsGatling {
    private SameAsGatling() {}

    /** {@code exactPercentiles}: a log small enough that Gatling's digests keep every value. */
    static void assertSame(
            GatlingRunReader.GatlingRun run, Path resultsDirectory, String runFolder, boolean exactPercentiles) {
        var configuration = GatlingConfiguration.load();
        LogFileData data =
                LogFileReader.apply(runFolder, resultsDirectory, configuration).read();
        String where = runFolder + ": ";
        assertEquals(data.runInfo().simulationClassName(), run.simulationClass(), where + "simulation");
        assertEquals(data.runInfo().runStart(), run.runStartMillis(), where + "run start");
        assertEquals(data.runInfo().injectStart(), run.injectStartMillis(), where + "injection start");
        assertEquals(data.runInfo().injectEnd(), run.injectEndMillis(), where + "injection end");

        var paths = CollectionConverters.asJava(data.statsPaths());
        long requestPaths =
                paths.stream().filter(RequestStatsPath.class::isInstance).count();
        long groupPaths =
                paths.stream().filter(GroupStatsPath.class::isInstance).count();
        GatlingRunReader.View whole = run.whole();
        assertEquals(requestPaths, whole.requests().size(), where + "requests " + whole.requests());
        assertEquals(groupPaths, whole.groups().size(), where + "groups " + whole.groups());

        compare(
                where + "Global",
                whole.global(),
                exactPercentiles,
                status -> data.requestGeneralStats(Option.empty(), Option.empty(), status));
        for (RunSummary.PathStats request : whole.requests()) {
            Option<Group> group = request.groups().isEmpty() ? Option.empty() : Option.apply(group(request.groups()));
            compare(
                    where + request.path(),
                    request.stats(),
                    exactPercentiles,
                    status -> data.requestGeneralStats(Option.apply(request.name()), group, status));
        }
        assertTrue(configuration.reports().useGroupDurationMetric(), "gatling.conf sets useGroupDurationMetric");
        for (RunSummary.PathStats g : whole.groups()) {
            var hierarchy = new ArrayList<>(g.groups());
            hierarchy.add(g.name());
            compare(
                    where + g.path(),
                    g.stats(),
                    exactPercentiles,
                    status -> data.groupDurationGeneralStats(group(hierarchy), status));
        }

        List<ErrorStats> errors = CollectionConverters.asJava(data.errors(Option.empty(), Option.empty()));
        assertEquals(errors.size(), run.errors().size(), where + "errors " + run.errors());
        for (ErrorStats e : errors) {
            assertTrue(
                    run.errors().stream()
                            .anyMatch(mine -> mine.message().equals(e.message()) && mine.count() == e.count()),
                    where + "error " + e.message() + " x" + e.count() + " not in " + run.errors());
        }
        int peak = CollectionConverters.asJava(data.maxNumberOfConcurrentUsersPerSecond(Option.empty())).stream()
                .mapToInt(IntVsTimePlot::value)
                .max()
                .orElse(0);
        assertEquals(peak, run.peakUsers(), where + "peak users");
    }

    private interface Lookup {
        Option<GeneralStats> stats(Option<Status> status);
    }

    private static void compare(String what, RunSummary.Stats mine, boolean exact, Lookup gatling) {
        Option<GeneralStats> total = gatling.stats(Option.empty());
        if (total.isEmpty()) {
            // A group whose requests were logged but none of its own records (the run stopped inside it).
            assertEquals(0, mine.count(), what + " has no records for Gatling");
            return;
        }
        GeneralStats all = total.get();
        Option<GeneralStats> ok = gatling.stats(Option.apply(OK$.MODULE$));
        Option<GeneralStats> ko = gatling.stats(Option.apply(KO$.MODULE$));
        assertEquals(all.count(), mine.count(), what + " count");
        assertEquals(ok.isDefined() ? ok.get().count() : 0, mine.ok(), what + " ok");
        assertEquals(ko.isDefined() ? ko.get().count() : 0, mine.ko(), what + " ko");
        assertEquals(all.min(), mine.min(), what + " min");
        assertEquals(all.max(), mine.max(), what + " max");
        assertEquals(all.mean(), mine.mean(), what + " mean");
        assertEquals(all.stdDev(), mine.stdDev(), what + " std dev");
        assertEquals(Math.round(all.meanRequestsPerSec() * 100) / 100.0, mine.throughputRps(), what + " throughput");
        long[] mineByRank = {mine.p50(), mine.p75(), mine.p95(), mine.p99()};
        double[] ranks = {50, 75, 95, 99};
        // One percentile point, or two values either side when there are fewer than 200.
        double band = Math.max(1, 200.0 / all.count());
        for (int i = 0; i < ranks.length; i++) {
            long theirs = percentile(all, ranks[i]);
            String p =
                    what + " p" + (int) ranks[i] + ": this reader " + mineByRank[i] + " ms, Gatling " + theirs + " ms";
            if (exact) {
                assertEquals(theirs, mineByRank[i], p);
            } else if (Math.abs(mineByRank[i] - theirs) > 1) {
                long low = percentile(all, Math.max(0, ranks[i] - band));
                long high = percentile(all, Math.min(100, ranks[i] + band));
                assertTrue(
                        mineByRank[i] >= low - 1 && mineByRank[i] <= high + 1,
                        p + ", outside Gatling's " + low + "-" + high + " ms at ranks " + (ranks[i] - band) + "-"
                                + (ranks[i] + band));
            }
        }
    }

    private static long percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).longValue();
    }

    private static Group group(List<String> hierarchy) {
        return Group.apply(CollectionConverters.asScala(hierarchy).toList());
    }
}
