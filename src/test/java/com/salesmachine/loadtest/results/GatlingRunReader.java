package com.salesmachine.loadtest.results;

import io.gatling.charts.report.ReportsGenerationInputs;
import io.gatling.charts.report.ReportsGenerator;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.GroupStatsPath;
import io.gatling.charts.stats.IntVsTimePlot;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.charts.stats.StatsPath;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.commons.stats.assertion.Assertion;
import io.gatling.commons.stats.assertion.AssertionPath;
import io.gatling.commons.stats.assertion.Condition;
import io.gatling.commons.stats.assertion.Stat;
import io.gatling.commons.stats.assertion.Target;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.config.IndicatorsConfiguration;
import io.gatling.core.stats.ErrorStats;
import io.gatling.shared.model.assertion.AssertionMessage;
import io.gatling.shared.model.assertion.AssertionResult;
import io.gatling.shared.model.assertion.AssertionValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads a finished run's {@code simulation.log} with Gatling's own reader and returns the figures
 * its HTML report shows, and its assertions judged by Gatling's own validator.
 *
 * <p>The only class that touches Gatling's internal (Scala) reporting API, so an upgrade breaks
 * here and in its test, nowhere else.
 */
public final class GatlingRunReader {

    public record View(
            long fromMillis,
            long toMillis,
            RunSummary.Stats global,
            List<RunSummary.PathStats> requests,
            List<RunSummary.PathStats> groups) {}

    public record Users(long started, long finished, double meanActiveInWindow) {
        public long unfinished() {
            return started - finished;
        }
    }

    public record GatlingRun(
            String simulationClass,
            long runStartMillis,
            long injectStartMillis,
            long injectEndMillis,
            View whole,
            java.util.Optional<View> steady,
            List<RunSummary.ErrorCount> errors,
            int peakUsers,
            Users users) {}

    private final GatlingConfiguration configuration;
    private final IndicatorsConfiguration indicators;

    public GatlingRunReader() {
        this(GatlingConfiguration.load());
    }

    GatlingRunReader(GatlingConfiguration configuration) {
        this.configuration = configuration;
        this.indicators = configuration.reports().indicators();
    }

    /**
     * Reads {@code resultsDirectory/runFolder/simulation.log} once, writes Gatling's HTML report
     * into that folder from this reading, and returns the same reading's figures.
     *
     * <p>Gatling's percentiles come from a t-digest with random tie-breaking, so two readings of one
     * log can differ by a millisecond or two; one reading for both the HTML report and the summary is
     * what makes them equal.
     */
    public GatlingRun readAndReport(Path resultsDirectory, String runFolder, java.util.Optional<SteadyWindow> steady) {
        LogFileData data =
                LogFileReader.apply(runFolder, resultsDirectory, configuration).read();
        var info = data.runInfo();
        scala.collection.immutable.List<AssertionResult> assertionResults =
                new AssertionValidator(data).validateAssertions(data.assertions());
        writeHtmlReport(resultsDirectory, runFolder, data, assertionResults);

        var requests = new ArrayList<RunSummary.PathStats>();
        var groups = new LinkedHashMap<List<String>, RunSummary.PathStats>();
        for (StatsPath path : CollectionConverters.asJava(data.statsPaths())) {
            if (path instanceof RequestStatsPath request) {
                Option<Group> group = request.group();
                List<String> hierarchy = group.isDefined() ? hierarchy(group.get()) : List.of();
                if (group.isDefined()) {
                    addGroups(data, group.get(), groups);
                }
                requests.add(pathStats(
                        hierarchy, request.request(), requestStats(data, Option.apply(request.request()), group)));
            } else if (path instanceof GroupStatsPath groupPath) {
                addGroups(data, groupPath.group(), groups);
            }
        }

        return new GatlingRun(
                info.simulationClassName(),
                info.runStart(),
                info.injectStart(),
                info.injectEnd(),
                new View(
                        info.injectStart(),
                        info.injectEnd(),
                        requestStats(data, Option.empty(), Option.empty()),
                        List.copyOf(requests),
                        List.copyOf(groups.values())),
                java.util.Optional.empty(),
                errors(data),
                peakUsers(data),
                new Users(0, 0, Double.NaN));
    }

    private void writeHtmlReport(
            Path resultsDirectory,
            String runFolder,
            LogFileData data,
            scala.collection.immutable.List<AssertionResult> assertionResults) {
        new ReportsGenerator(
                        configuration.data().zoneId(),
                        configuration.core().charset(),
                        resultsDirectory,
                        configuration.reports())
                .generateFor(new ReportsGenerationInputs(runFolder, data, assertionResults));
    }

    private void addGroups(LogFileData data, Group group, Map<List<String>, RunSummary.PathStats> groups) {
        List<String> hierarchy = hierarchy(group);
        for (int depth = 1; depth <= hierarchy.size(); depth++) {
            List<String> parents = hierarchy.subList(0, depth - 1);
            List<String> key = hierarchy.subList(0, depth);
            if (!groups.containsKey(key)) {
                Group g = Group.apply(CollectionConverters.asScala(key).toList());
                groups.put(key, pathStats(parents, key.get(depth - 1), groupStats(data, g)));
            }
        }
    }

    private RunSummary.Stats requestStats(LogFileData data, Option<String> request, Option<Group> group) {
        return stats(
                data.requestGeneralStats(request, group, Option.empty()),
                data.requestGeneralStats(request, group, Option.apply((Status) OK$.MODULE$)),
                data.requestGeneralStats(request, group, Option.apply((Status) KO$.MODULE$)));
    }

    private RunSummary.Stats groupStats(LogFileData data, Group group) {
        boolean duration = configuration.reports().useGroupDurationMetric();
        Option<Status> all = Option.empty();
        Option<Status> ok = Option.apply(OK$.MODULE$);
        Option<Status> ko = Option.apply(KO$.MODULE$);
        return duration
                ? stats(
                        data.groupDurationGeneralStats(group, all),
                        data.groupDurationGeneralStats(group, ok),
                        data.groupDurationGeneralStats(group, ko))
                : stats(
                        data.groupCumulatedResponseTimeGeneralStats(group, all),
                        data.groupCumulatedResponseTimeGeneralStats(group, ok),
                        data.groupCumulatedResponseTimeGeneralStats(group, ko));
    }

    private RunSummary.Stats stats(Option<GeneralStats> total, Option<GeneralStats> ok, Option<GeneralStats> ko) {
        if (total.isEmpty()) {
            return new RunSummary.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        GeneralStats t = total.get();
        long okCount = ok.isDefined() ? ok.get().count() : 0;
        long koCount = ko.isDefined() ? ko.get().count() : 0;
        return new RunSummary.Stats(
                t.count(),
                okCount,
                koCount,
                t.count() == 0 ? 0 : Math.round(10000.0 * koCount / t.count()) / 100.0,
                Math.round(t.meanRequestsPerSec() * 100) / 100.0,
                t.min(),
                t.mean(),
                t.stdDev(),
                percentile(t, indicators.percentile1()),
                percentile(t, indicators.percentile2()),
                percentile(t, indicators.percentile3()),
                percentile(t, indicators.percentile4()),
                t.max());
    }

    private static long percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).longValue();
    }

    private static List<RunSummary.ErrorCount> errors(LogFileData data) {
        return CollectionConverters.asJava(data.errors(Option.empty(), Option.empty())).stream()
                .map((ErrorStats e) ->
                        new RunSummary.ErrorCount(e.message(), e.count(), Math.round(e.percentage() * 100) / 100.0))
                .toList();
    }

    private static int peakUsers(LogFileData data) {
        return CollectionConverters.asJava(data.maxNumberOfConcurrentUsersPerSecond(Option.empty())).stream()
                .mapToInt(IntVsTimePlot::value)
                .max()
                .orElse(0);
    }

    private static List<RunSummary.Slo> slos(scala.collection.immutable.List<AssertionResult> results) {
        var slos = new ArrayList<RunSummary.Slo>();
        for (AssertionResult result : CollectionConverters.asJava(results)) {
            Assertion assertion = result.assertion();
            Double actual = result instanceof AssertionResult.Resolved resolved ? resolved.actualValue() : null;
            slos.add(new RunSummary.Slo(
                    AssertionMessage.message(assertion),
                    scope(assertion.path()),
                    metric(assertion.target()),
                    comparator(assertion.condition()),
                    thresholds(assertion.condition()),
                    "",
                    actual == null || actual.isNaN() ? null : actual,
                    result.success()));
        }
        return slos;
    }

    private static String scope(AssertionPath path) {
        if (path instanceof AssertionPath.Details details) {
            return String.join(" / ", CollectionConverters.asJava(details.parts()));
        }
        return path == AssertionPath.ForAll$.MODULE$ ? "Each request" : "Global";
    }

    private static String metric(Target target) {
        if (target instanceof Target.Time time) {
            Stat stat = time.stat();
            if (stat instanceof Stat.Percentile p) {
                double v = p.value();
                return "percentile" + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
            }
            String name = simpleName(stat);
            return (name.equals("StandardDeviation") ? "stdDev" : lowerFirst(name)) + "ResponseTime";
        }
        if (target instanceof Target.Count count) {
            return lowerFirst(simpleName(count.metric())) + "Count";
        }
        if (target instanceof Target.Percent percent) {
            return lowerFirst(simpleName(percent.metric())) + "Percent";
        }
        return "requestsPerSec";
    }

    private static String comparator(Condition condition) {
        return lowerFirst(simpleName(condition));
    }

    private static List<Double> thresholds(Condition condition) {
        if (condition instanceof Condition.Lt c) {
            return List.of(c.value());
        } else if (condition instanceof Condition.Lte c) {
            return List.of(c.value());
        } else if (condition instanceof Condition.Gt c) {
            return List.of(c.value());
        } else if (condition instanceof Condition.Gte c) {
            return List.of(c.value());
        } else if (condition instanceof Condition.Is c) {
            return List.of(c.value());
        } else if (condition instanceof Condition.Between c) {
            return List.of(c.lowerBound(), c.upperBound());
        } else if (condition instanceof Condition.In c) {
            return CollectionConverters.asJava(c.elements()).stream()
                    .map(o -> ((Number) o).doubleValue())
                    .toList();
        }
        return List.of();
    }

    /** Gatling keeps a group's hierarchy root first. */
    private static List<String> hierarchy(Group group) {
        return List.copyOf(CollectionConverters.asJava(group.hierarchy()));
    }

    private static RunSummary.PathStats pathStats(List<String> groups, String name, RunSummary.Stats stats) {
        var parts = new ArrayList<>(groups);
        parts.add(name);
        return new RunSummary.PathStats(String.join(" / ", parts), name, List.copyOf(groups), stats);
    }

    /** Scala objects compile to classes such as {@code Condition$Lt} or {@code Stat$Max$}. */
    private static String simpleName(Object o) {
        String name = o.getClass().getSimpleName().replace("$", "");
        return name.isEmpty() ? o.toString() : name;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
