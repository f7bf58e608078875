package com.salesmachine.loadtest.results;

import io.gatling.charts.report.ReportsGenerationInputs;
import io.gatling.charts.report.ReportsGenerator;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.GroupStatsPath;
import io.gatling.charts.stats.IntVsTimePlot;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.charts.stats.StatsPath;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.config.IndicatorsConfiguration;
import io.gatling.core.stats.ErrorStats;
import io.gatling.core.stats.writer.LogFileDataWriter;
import io.gatling.shared.model.assertion.AssertionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads a finished run's {@code simulation.log} once and returns the figures of its HTML report,
 * for the whole run and for a steady-state window, with its user accounting.
 *
 * <p>{@link SimulationLogDecoder} decodes the records once; {@link GatlingStatsFeed} feeds them
 * into Gatling's own statistics for the whole run (the HTML report is written from it too) and counts
 * the window on the same pass ({@link WindowTally}); this class turns Gatling's into {@link RunSummary}'s
 * shapes. So every whole-run figure is Gatling's, and the report and the whole-run figures are the
 * same numbers: Gatling's percentiles come from a t-digest that breaks ties at random, so two
 * readings of one log can differ, and only one reading is made. The window's percentiles are exact
 * nearest ranks; its other figures follow Gatling's rules.
 *
 * <p>These three classes are the only ones that touch Gatling's internal (Scala) reporting API,
 * so an upgrade breaks here and in their tests, nowhere else.
 */
public final class GatlingRunReader {

    /**
     * Gatling's figures over records that started in {@code [fromMillis, toMillis)} (epoch
     * milliseconds; for the whole run, the injection start and end). Requests and groups are those
     * with records in it, in Gatling's report order; a group shows when a request in it does, with
     * zero figures if none of its own records started there. No records: zero figures, no paths.
     */
    public record View(
            long fromMillis,
            long toMillis,
            RunSummary.Stats global,
            List<RunSummary.PathStats> requests,
            List<RunSummary.PathStats> groups) {}

    /**
     * Users started and ended (users the run stopped before they ended, at {@code maxDuration},
     * have no end) and the time-weighted mean of users active in the steady window: the integral of
     * the active count over the window, from every start and end record, divided by the window's
     * length (a user that never ended counts as active to the window's end). NaN without a window.
     */
    public record Users(long started, long finished, double meanActiveInWindow, Map<String, Long> startedByScenario) {
        public Users {
            startedByScenario = Map.copyOf(startedByScenario);
        }

        public Users(long started, long finished, double meanActiveInWindow) {
            this(started, finished, meanActiveInWindow, Map.of());
        }

        public long unfinished() {
            return started - finished;
        }

        /** The users of the scenario that started the most: the load's own (beside helpers such as a probe). */
        public long startedInLoadScenario() {
            return startedByScenario.values().stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(started);
        }
    }

    /** What one run's log says: Gatling's numbers, in the shapes of {@link RunSummary}. */
    public record GatlingRun(
            String simulationClass,
            long runStartMillis,
            long injectStartMillis,
            long injectEndMillis,
            View whole,
            Optional<View> steady,
            List<RunSummary.ErrorCount> errors,
            int peakUsers,
            Users users,
            LogAnalysis.Findings findings) {
        public GatlingRun(
                String simulationClass,
                long runStartMillis,
                long injectStartMillis,
                long injectEndMillis,
                View whole,
                Optional<View> steady,
                List<RunSummary.ErrorCount> errors,
                int peakUsers,
                Users users) {
            this(
                    simulationClass,
                    runStartMillis,
                    injectStartMillis,
                    injectEndMillis,
                    whole,
                    steady,
                    errors,
                    peakUsers,
                    users,
                    LogAnalysis.Findings.NONE);
        }
    }

    /** The figures of a path or window with no records. */
    static final RunSummary.Stats NO_FIGURES = new RunSummary.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static final Status OK = OK$.MODULE$;
    private static final Status KO = KO$.MODULE$;

    private final GatlingConfiguration configuration;
    private final IndicatorsConfiguration indicators;

    public GatlingRunReader() {
        this(GatlingConfiguration.load());
    }

    GatlingRunReader(GatlingConfiguration configuration) {
        this.configuration = configuration;
        this.indicators = configuration.reports().indicators();
    }

    /** {@link #readAndReport(Path, String, Optional)} with no steady window. */
    public GatlingRun readAndReport(Path resultsDirectory, String runFolder) {
        return readAndReport(resultsDirectory, runFolder, Optional.empty());
    }

    /**
     * Reads {@code resultsDirectory/runFolder/simulation.log} once, writes Gatling's HTML report
     * (from the whole run, with no assertions) into that folder, and returns both views.
     *
     * <p>The steady window is clamped to the injection end, so a run cut short is averaged over the
     * part of the window it lasted ({@link View#toMillis()} says where it ended). Gatling's throughput
     * divides by whole seconds, rounded up, as for the whole run.
     */
    public GatlingRun readAndReport(Path resultsDirectory, String runFolder, Optional<SteadyWindow> steady) {
        return readAndReport(resultsDirectory, runFolder, steady, LogAnalysis.NONE);
    }

    /** As {@link #readAndReport(Path, String, Optional)}, with {@code analysis} run on the same reading. */
    public GatlingRun readAndReport(
            Path resultsDirectory, String runFolder, Optional<SteadyWindow> steady, LogAnalysis analysis) {
        Reading reading =
                reading(decode(LogFileDataWriter.logFile(resultsDirectory, runFolder, false)), steady, analysis);
        report(resultsDirectory, runFolder, reading);
        return reading.run();
    }

    /**
     * A run split over several injectors, read as one: each shard's {@code simulation.log}
     * ({@code logFiles}, in shard order) decoded and merged into one log ({@link SimulationLog#merge}),
     * fed once into Gatling's statistics, so every percentile is of the merged distribution; Gatling's
     * HTML report of it written into {@code resultsDirectory/runFolder}. The steady window is where
     * every shard was steady: from the latest shard's steady start to the earliest one's steady end
     * ({@code windows}, each from its own injection start); none when a shard had none, or when they do
     * not overlap ({@link Merged#windowsOverlap()} false). {@code analysis}: given each shard's
     * injection start, what to read from the merged records beside Gatling's statistics.
     */
    public Merged mergeAndReport(
            Path resultsDirectory,
            String runFolder,
            List<Path> logFiles,
            List<Optional<SteadyWindow>> windows,
            java.util.function.Function<List<Long>, LogAnalysis> analysis) {
        List<SimulationLog> logs =
                logFiles.stream().map(GatlingRunReader::decode).toList();
        SimulationLog merged =
                SimulationLog.merge(resultsDirectory.resolve(runFolder).resolve("simulation.log"), logs);
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        boolean everyShardSteady = windows.stream().allMatch(Optional::isPresent);
        for (int i = 0; i < logs.size() && everyShardSteady; i++) {
            SteadyWindow w = windows.get(i).orElseThrow();
            from = Math.max(from, logs.get(i).injectStart + w.from().toMillis());
            to = Math.min(to, logs.get(i).injectStart + w.to().toMillis());
        }
        boolean overlap = !everyShardSteady || to > from;
        Optional<SteadyWindow> steady = everyShardSteady && overlap
                ? Optional.of(new SteadyWindow(
                        java.time.Duration.ofMillis(Math.max(0, from - merged.injectStart)),
                        java.time.Duration.ofMillis(to - merged.injectStart)))
                : Optional.empty();
        List<Long> injectStarts = logs.stream().map(l -> l.injectStart).toList();
        Reading reading = reading(merged, steady, analysis.apply(injectStarts));
        report(resultsDirectory, runFolder, reading);
        return new Merged(reading.run(), overlap, injectStarts);
    }

    /** A merged reading: the run, whether the shards' steady windows overlap, and each shard's injection start. */
    public record Merged(GatlingRun run, boolean windowsOverlap, List<Long> shardInjectStarts) {}

    private void report(Path resultsDirectory, String runFolder, Reading reading) {
        new ReportsGenerator(
                        configuration.data().zoneId(),
                        configuration.core().charset(),
                        resultsDirectory,
                        configuration.reports())
                .generateFor(new ReportsGenerationInputs(
                        runFolder,
                        reading.whole(),
                        CollectionConverters.asScala(List.<AssertionResult>of()).toList()));
    }

    /** The same reading without writing the report. */
    GatlingRun read(Path logFile, Optional<SteadyWindow> steady) {
        return reading(decode(logFile), steady, LogAnalysis.NONE).run();
    }

    /** Several logs read together as one (the shards of a run), without a window or a report. */
    GatlingRun readTogether(List<SimulationLog> logs) {
        return reading(SimulationLog.merge(logs.get(0).file, logs), Optional.empty(), LogAnalysis.NONE)
                .run();
    }

    private record Reading(GatlingRun run, LogFileData whole) {}

    private static SimulationLog decode(Path logFile) {
        try {
            return SimulationLogDecoder.decode(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + logFile, e);
        }
    }

    private Reading reading(SimulationLog log, Optional<SteadyWindow> steady, LogAnalysis analysis) {
        GatlingStatsFeed.Fed fed = GatlingStatsFeed.feed(log, steady, configuration.reports());
        LogFileData whole = fed.whole().data();
        var run = new GatlingRun(
                log.run.simulationClass(),
                log.run.start(),
                log.injectStart,
                log.injectEnd,
                view(fed.whole()),
                fed.window(),
                errors(whole),
                peakUsers(whole),
                fed.users(),
                analysis.read(log.injectStart, log.injectEnd, log::replay));
        return new Reading(run, whole);
    }

    private View view(GatlingStatsFeed.Span span) {
        LogFileData data = span.data();
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
        return new View(
                span.fromMillis(),
                span.toMillis(),
                requestStats(data, Option.empty(), Option.empty()),
                List.copyOf(requests),
                List.copyOf(groups.values()));
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
                data.requestGeneralStats(request, group, Option.apply(OK)),
                data.requestGeneralStats(request, group, Option.apply(KO)));
    }

    private RunSummary.Stats groupStats(LogFileData data, Group group) {
        boolean duration = configuration.reports().useGroupDurationMetric();
        Option<Status> all = Option.empty();
        Option<Status> ok = Option.apply(OK);
        Option<Status> ko = Option.apply(KO);
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
            return NO_FIGURES;
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

    /** Gatling keeps a group's hierarchy root first. */
    private static List<String> hierarchy(Group group) {
        return List.copyOf(CollectionConverters.asJava(group.hierarchy()));
    }

    /** A request's or group's figures named by its path ({@code Group / Request}). */
    static RunSummary.PathStats pathStats(List<String> groups, String name, RunSummary.Stats stats) {
        var parts = new ArrayList<>(groups);
        parts.add(name);
        return new RunSummary.PathStats(String.join(" / ", parts), name, List.copyOf(groups), stats);
    }
}
