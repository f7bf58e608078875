package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.Trend;
import com.salesmachine.loadtest.verdict.RunVerdict;
import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.SloOutcome;
import com.salesmachine.loadtest.verdict.Stop;
import com.salesmachine.loadtest.verdict.Validity;
import com.salesmachine.loadtest.verdict.Work;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Joins the results of a run's shards (injectors that each ran part of it, {@code SHARD_INDEX} of
 * {@code SHARD_COUNT}, one {@code RUN_ID}) into one run folder: their {@code simulation.log}s read as one
 * log, so every percentile is of the merged distribution and every count a sum; Gatling's HTML report of
 * that reading; the scenarios' counters and rates summed and their trends' histograms merged; the
 * intended and achieved work summed; every SLO of the simulation judged again on the merged figures;
 * a staged or spike run's steps and recovery read again ({@link ShardAnalysis}); and the shard table. A shard that is missing, wrote no results, or is itself invalid makes the
 * merged run {@code INVALID}, named.
 */
public final class ShardMerge {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    /** A shard as given: its folder, and its run folder and summary, or why it has none. */
    record Given(Path path, Path runFolder, RunSummary summary, String problem) {
        boolean present() {
            return summary != null;
        }
    }

    private final Path resultsDir;
    private final double minAchievedPercent;
    private final Clock clock;
    private final ShardAnalysis analysis;

    /** A merge into {@code resultsDir}; {@code analysis} reads the steps and spike again on the merged records. */
    public ShardMerge(Path resultsDir, double minAchievedPercent, Clock clock, ShardAnalysis analysis) {
        this.resultsDir = resultsDir;
        this.minAchievedPercent = minAchievedPercent;
        this.clock = clock;
        this.analysis = analysis;
    }

    ShardMerge(Path resultsDir, double minAchievedPercent, Clock clock) {
        this(resultsDir, minAchievedPercent, clock, ShardAnalysis.NONE);
    }

    /** What merging wrote: the merged run's folder, its summary and its verdict. */
    public record Merged(Path folder, RunSummary summary, RunVerdict verdict) {}

    /**
     * Merges the shards at {@code paths} (each a shard's run folder, or its results folder, whose
     * newest run is taken). {@code expectedCount}: how many shards the run had, when the caller knows;
     * else their summaries say. Throws {@link UnusableInputException} when they are not one run's shards.
     */
    public Merged merge(List<Path> paths, OptionalInt expectedCount) {
        List<Given> given = paths.stream().map(ShardMerge::given).toList();
        List<Given> present = given.stream().filter(Given::present).toList();
        if (present.isEmpty()) {
            throw new UnusableInputException("none of the " + paths.size() + " shard folders holds a run: "
                    + given.stream()
                            .map(Given::problem)
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""));
        }
        RunSummary first = present.get(0).summary();
        for (Given g : present) {
            RunSummary s = g.summary();
            if (s.shard() == null) {
                throw new UnusableInputException(g.runFolder() + " is not a shard: its run had no SHARD_COUNT");
            }
            if (!s.simulationClass().equals(first.simulationClass())
                    || !s.runId().equals(first.runId())) {
                throw new UnusableInputException(g.runFolder() + " is run " + s.runId() + " of " + s.simulation() + ", "
                        + present.get(0).runFolder() + " run " + first.runId() + " of " + first.simulation()
                        + "; only the shards of one run merge");
            }
            if (s.shard().count() != first.shard().count()) {
                throw new UnusableInputException(g.runFolder() + " is a shard of "
                        + s.shard().count() + ", " + present.get(0).runFolder() + " of "
                        + first.shard().count());
            }
        }
        int count = first.shard().count();
        if (expectedCount.isPresent() && expectedCount.getAsInt() != count) {
            throw new UnusableInputException(
                    "shardCount is " + expectedCount.getAsInt() + " but the shards were run as " + count + " ("
                            + present.get(0).runFolder() + ")");
        }
        Map<Integer, Given> byIndex = new TreeMap<>();
        for (Given g : present) {
            Given twice = byIndex.put(g.summary().shard().index(), g);
            if (twice != null) {
                throw new UnusableInputException("shard " + g.summary().shard().index() + " is given twice: "
                        + twice.runFolder() + " and " + g.runFolder());
            }
        }
        return write(
                first, count, byIndex, given.stream().filter(g -> !g.present()).toList());
    }

    private Merged write(RunSummary first, int count, Map<Integer, Given> byIndex, List<Given> failed) {
        String folderName = first.simulation().toLowerCase(java.util.Locale.ROOT) + "-" + STAMP.format(clock.instant());
        Path folder = resultsDir.resolve(folderName);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be written (" + e.getMessage() + ")", e);
        }
        List<Given> shards = List.copyOf(byIndex.values());
        List<Slo> slos = slos(first);
        List<RunSummary> summaries = shards.stream().map(Given::summary).toList();
        GatlingRunReader.Merged reading = new GatlingRunReader()
                .mergeAndReport(
                        resultsDir,
                        folderName,
                        shards.stream()
                                .map(g -> g.runFolder().resolve("simulation.log"))
                                .toList(),
                        shards.stream().map(g -> window(g.summary())).toList(),
                        starts -> analysis.forShards(summaries, starts, slos));
        GatlingRunReader.GatlingRun run = reading.run();
        MetricsSummary metrics = metrics(shards);
        List<Work> work = work(shards);

        var reasons = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            if (!byIndex.containsKey(i)) {
                reasons.add("shard " + i + " of " + count + " is missing: no results of it were given");
            } else if (!byIndex.get(i).summary().validity().valid()) {
                reasons.add("shard " + i + " of " + count + " is INVALID: "
                        + String.join("; ", byIndex.get(i).summary().validity().reasons()));
            }
        }
        failed.forEach(g -> reasons.add("a shard wrote no results: " + g.problem()));
        if (!reading.windowsOverlap()) {
            reasons.add("the shards' steady states do not overlap (they started too far apart), so the merged run has"
                    + " no steady window");
        }
        reasons.addAll(Validity.reasons(work, minAchievedPercent, List.of()));

        List<SloOutcome> outcomes = RunJudge.outcomes(slos, run, metrics);
        Optional<RunSummary.Stopped> stopped = shards.stream()
                .map(g -> g.summary().stopped())
                .filter(Objects::nonNull)
                .min(Comparator.comparingLong(RunSummary.Stopped::atMillis));
        Optional<Stop> stop =
                stopped.map(s -> new Stop(s.atMillis(), s.slo(), s.figure(), s.value(), s.windowSeconds(), s.users()));
        RunVerdict verdict = new RunVerdict(outcomes, reasons, stop);

        RunSummary summary = summary(first, folderName, run, shards, count, byIndex, metrics, work, verdict, stopped);
        SummaryFiles.write(folder.resolve(SummaryFiles.SUMMARY_FILE), summary);
        ReportCommand.writeReports(folder, summary);
        return new Merged(folder, summary, verdict);
    }

    private static RunSummary summary(
            RunSummary first,
            String folderName,
            GatlingRunReader.GatlingRun run,
            List<Given> shards,
            int count,
            Map<Integer, Given> byIndex,
            MetricsSummary metrics,
            List<Work> work,
            RunVerdict verdict,
            Optional<RunSummary.Stopped> stopped) {
        RunSummary.Load l = first.load();
        int users = shards.stream().mapToInt(g -> g.summary().load().users()).sum();
        var load = new RunSummary.Load(
                l.model(),
                l.modelDescription(),
                users,
                l.rampUpSeconds(),
                l.steadySeconds(),
                l.rampDownSeconds(),
                l.thinkTimeMs(),
                l.passes(),
                l.oneShot(),
                l.maxDurationSeconds());
        var table = new ArrayList<RunSummary.ShardResult>();
        for (int i = 0; i < count; i++) {
            Given g = byIndex.get(i);
            if (g == null) {
                table.add(new RunSummary.ShardResult(i, null, true, null, false, List.of(), 0, 0, 0));
            } else {
                RunSummary s = g.summary();
                table.add(new RunSummary.ShardResult(
                        i,
                        g.runFolder().toString(),
                        false,
                        s.verdict(),
                        s.validity().valid(),
                        s.validity().reasons(),
                        s.global().count(),
                        s.global().ko(),
                        s.concurrency().peakUsers()));
            }
        }
        return new RunSummary(
                RunSummary.SCHEMA_VERSION,
                first.simulation(),
                first.simulationClass(),
                folderName,
                first.runId(),
                first.profile(),
                load,
                first.target(),
                Instant.ofEpochMilli(run.runStartMillis()).toString(),
                Math.max(0, run.injectEndMillis() - run.runStartMillis()) / 1000.0,
                first.environment(),
                run.whole().global(),
                run.whole().requests(),
                run.whole().groups(),
                run.steady().map(v -> RunPublisher.steady(run, v)).orElse(null),
                run.errors(),
                new RunSummary.Concurrency(run.peakUsers()),
                metrics,
                work.stream().map(RunPublisher::workItem).toList(),
                busiest(shards),
                verdict.slos().stream().map(RunPublisher::slo).toList(),
                new RunSummary.Validity(verdict.invalidBecause().isEmpty(), verdict.invalidBecause()),
                stopped.orElse(null),
                run.findings().steps(),
                run.findings().spike(),
                verdict.verdict(),
                verdict.exitCode(),
                null,
                null,
                List.copyOf(table));
    }

    /** The shard's steady window, from its own injection start, as its summary gives it. */
    private static Optional<SteadyWindow> window(RunSummary s) {
        if (s.steady() == null || s.steady().toSeconds() <= s.steady().fromSeconds()) {
            return Optional.empty();
        }
        return Optional.of(new SteadyWindow(
                Duration.ofMillis(Math.round(s.steady().fromSeconds() * 1000)),
                Duration.ofMillis(Math.round(s.steady().toSeconds() * 1000))));
    }

    /** The simulation's objectives, as the first shard's summary wrote them, to judge again. */
    private static List<Slo> slos(RunSummary first) {
        var slos = new ArrayList<Slo>();
        for (RunSummary.Slo s : first.slos()) {
            try {
                slos.add(Slo.parse(
                        s.scope(), s.metric(), s.comparator(), s.target().get(0), s.window()));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new UnusableInputException(
                        "the SLO '" + s.name() + "' cannot be judged again: " + e.getMessage());
            }
        }
        return slos;
    }

    /** Counters and rates summed, trends' histograms merged, in the first shard's order. */
    private static MetricsSummary metrics(List<Given> shards) {
        Map<String, Long> counters = new LinkedHashMap<>();
        Map<String, long[]> rates = new LinkedHashMap<>();
        Map<String, List<Histogram>> histograms = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (Given g : shards) {
            MetricsSummary m = g.summary().metrics();
            m.counters().forEach(c -> counters.merge(c.name(), c.value(), Long::sum));
            m.rates()
                    .forEach(r -> rates.merge(r.name(), new long[] {r.hits(), r.total()}, (a, b) ->
                            new long[] {a[0] + b[0], a[1] + b[1]}));
            for (MetricsSummary.Trend t : m.trends()) {
                units.putIfAbsent(t.name(), t.unit());
                Histogram h;
                try {
                    h = Trend.decode(t.histogram());
                } catch (IllegalArgumentException e) {
                    throw new UnusableInputException(g.runFolder() + ": the trend '" + t.name()
                            + "' has a histogram that cannot be merged (" + e.getMessage() + ")");
                }
                histograms.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(h);
            }
        }
        return new MetricsSummary(
                histograms.entrySet().stream()
                        .map(e -> Trend.summarize(e.getKey(), units.get(e.getKey()), Trend.sum(e.getValue())))
                        .toList(),
                counters.entrySet().stream()
                        .map(e -> new MetricsSummary.Counter(e.getKey(), e.getValue()))
                        .toList(),
                rates.entrySet().stream()
                        .map(e -> new MetricsSummary.Rate(
                                e.getKey(),
                                e.getValue()[0],
                                e.getValue()[1],
                                e.getValue()[1] == 0 ? null : round(100.0 * e.getValue()[0] / e.getValue()[1])))
                        .toList());
    }

    /** Each line of work summed over the shards (what they intended, what they achieved), in the first shard's order. */
    private static List<Work> work(List<Given> shards) {
        Map<String, RunSummary.WorkItem> sums = new LinkedHashMap<>();
        for (Given g : shards) {
            for (RunSummary.WorkItem w : g.summary().work()) {
                sums.merge(
                        w.name(),
                        w,
                        (a, b) -> new RunSummary.WorkItem(
                                a.name(),
                                a.unit(),
                                a.intended() + b.intended(),
                                a.achieved() + b.achieved(),
                                0,
                                a.judged() || b.judged()));
            }
        }
        return sums.values().stream()
                .map(w -> new Work(w.name(), w.unit(), w.intended(), w.achieved(), w.judged()))
                .toList();
    }

    /** The injector health of the shard whose CPU was busiest, its window naming which shard it is. */
    private static RunSummary.Injector busiest(List<Given> shards) {
        Given busiest = shards.stream()
                .filter(g -> g.summary().injector() != null)
                .max(Comparator.comparingDouble(
                        g -> Optional.ofNullable(g.summary().injector().cpuMeanPercent())
                                .orElse(0.0)))
                .orElse(shards.get(0));
        RunSummary.Injector i = busiest.summary().injector();
        if (i == null) {
            return null;
        }
        return new RunSummary.Injector(
                i.window() + ", shard " + busiest.summary().shard().index() + " (the busiest of " + shards.size() + ")",
                i.samples(),
                i.cores(),
                i.cpuMeanPercent(),
                i.cpuMaxPercent(),
                i.machineCpuMeanPercent(),
                i.gcPauseMs(),
                i.gcPausePercent(),
                i.longestGcPauseMs(),
                i.heapMaxPercent(),
                i.maxLagMs());
    }

    /** A shard folder as given: a run folder (summary.json and simulation.log), or a results folder holding runs. */
    static Given given(Path path) {
        if (!Files.isDirectory(path)) {
            return new Given(path, null, null, path + ": no such folder");
        }
        Path run = path;
        if (!Files.exists(path.resolve(SummaryFiles.SUMMARY_FILE))) {
            try (Stream<Path> children = Files.list(path)) {
                Optional<Path> newest = children.filter(Files::isDirectory)
                        .filter(p -> ResultsFolder.isRunFolder(p.getFileName().toString()))
                        .filter(p -> Files.exists(p.resolve(SummaryFiles.SUMMARY_FILE)))
                        .max(Comparator.comparing(p -> p.getFileName().toString()));
                if (newest.isEmpty()) {
                    return new Given(path, null, null, path + ": no run folder with a summary.json in it");
                }
                run = newest.get();
            } catch (IOException e) {
                return new Given(path, null, null, path + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        if (!Files.isRegularFile(run.resolve("simulation.log"))) {
            return new Given(path, run, null, run + ": no simulation.log");
        }
        try {
            return new Given(path, run, SummaryFiles.read(run), null);
        } catch (UnusableInputException e) {
            return new Given(path, run, null, e.getMessage());
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
