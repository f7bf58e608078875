package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.config.Judging;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.verdict.RunVerdict;
import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.SloOutcome;
import com.salesmachine.loadtest.verdict.Stop;
import com.salesmachine.loadtest.verdict.Work;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a finished run into its results folder and its verdict: reads Gatling's log once (the whole
 * run and its steady window), writes Gatling's HTML report from that reading, judges the run
 * ({@link RunJudge}), writes {@code summary.json}, {@code report.md} and the SLO JUnit file into
 * {@code results/<run-folder>/}, and prunes old runs.
 *
 * <p>It runs in the simulation's {@code after()}, once Gatling has closed the log; the suite turns
 * Gatling's own report generation off ({@code gatling.noReports}) and gives Gatling no assertions, so
 * this reading is the only one and the exit code follows its verdict.
 */
public final class RunPublisher {
    /** Where the Gatling Maven plugin writes every run (its results folder is fixed). */
    public static final Path GATLING_RESULTS = Path.of("target", "gatling");

    /** What the suite knows about a run that Gatling's log does not say. */
    public record RunFacts(
            Class<?> simulationClass,
            String runId,
            String profile,
            RunSummary.Load load,
            Optional<SteadyWindow> steadyWindow,
            RunSummary.Target target,
            long startMillis,
            TargetView targetResources,
            Optional<RunSummary.Shard> shard) {
        /** A run of one injector whose target's resources were not measured (for tests). */
        public RunFacts(
                Class<?> simulationClass,
                String runId,
                String profile,
                RunSummary.Load load,
                Optional<SteadyWindow> steadyWindow,
                RunSummary.Target target,
                long startMillis) {
            this(
                    simulationClass,
                    runId,
                    profile,
                    load,
                    steadyWindow,
                    target,
                    startMillis,
                    TargetView.NONE,
                    Optional.empty());
        }
    }

    /** What publishing gave: the folder written and the run's verdict. */
    public record Published(Path folder, RunSummary summary, RunVerdict verdict) {}

    private final RunFacts facts;
    private final RunMetrics metrics;
    private final RunJudge judge;
    private final Judgement judgement;
    private final ResultsFolder results;
    private final int keep;
    private final Path gatlingResults;

    RunPublisher(
            RunFacts facts,
            RunMetrics metrics,
            Judgement judgement,
            ResultsFolder results,
            int keep,
            Path gatlingResults) {
        this.facts = facts;
        this.metrics = metrics;
        this.judgement = judgement;
        this.judge = new RunJudge(judgement);
        this.results = results;
        this.keep = keep;
        this.gatlingResults = gatlingResults;
    }

    /** How the run is judged: its model and shape, its SLOs, its intended work, the thresholds, the injector. */
    public record Judgement(
            LoadModel model,
            LoadShape shape,
            List<Slo> slos,
            List<WorkIntent> intents,
            Judging judging,
            InjectorView injector,
            Optional<Stop> stop,
            LogAnalysis analysis) {
        public Judgement(
                LoadModel model,
                LoadShape shape,
                List<Slo> slos,
                List<WorkIntent> intents,
                Judging judging,
                InjectorView injector) {
            this(model, shape, slos, intents, judging, injector, Optional.empty(), LogAnalysis.NONE);
        }
    }

    public RunPublisher(RunFacts facts, RunMetrics metrics, Judgement judgement, ResultsFolder results, int keep) {
        this(facts, metrics, judgement, results, keep, GATLING_RESULTS);
    }

    /** Does the work; empty when Gatling wrote no run folder. */
    public Optional<Published> publish() throws Exception {
        String simulation = facts.simulationClass().getSimpleName();
        Optional<Path> gatlingRun = ResultsFolder.gatlingRunSince(gatlingResults, simulation, facts.startMillis());
        if (gatlingRun.isEmpty()) {
            System.err.println("ERROR results: no Gatling run folder for " + simulation + " under " + gatlingResults);
            return Optional.empty();
        }
        String folderName = gatlingRun.get().getFileName().toString();
        GatlingRunReader.GatlingRun run = new GatlingRunReader()
                .readAndReport(gatlingResults, folderName, facts.steadyWindow(), judgement.analysis());
        MetricsSummary snapshot = metrics.snapshot();
        RunJudge.Judged judged = judge.judge(run, snapshot);
        RunSummary summary = summarize(folderName, run, snapshot, judged);
        Path folder = results.copyIn(gatlingRun.get());
        SummaryFiles.write(folder.resolve(SummaryFiles.SUMMARY_FILE), summary);
        ReportCommand.writeReports(folder, summary);
        results.keepNewest(keep);
        return Optional.of(new Published(folder, summary, judged.verdict()));
    }

    RunSummary summarize(
            String folderName, GatlingRunReader.GatlingRun run, MetricsSummary snapshot, RunJudge.Judged judged) {
        RunVerdict verdict = judged.verdict();
        return new RunSummary(
                RunSummary.SCHEMA_VERSION,
                facts.simulationClass().getSimpleName(),
                facts.simulationClass().getName(),
                folderName,
                facts.runId(),
                facts.profile(),
                facts.load(),
                facts.target().withResources(facts.targetResources().resources(wholeRun(run), steadySpan(run))),
                Instant.ofEpochMilli(run.runStartMillis()).toString(),
                Math.max(0, run.injectEndMillis() - run.runStartMillis()) / 1000.0,
                RunEnvironment.current(),
                run.whole().global(),
                run.whole().requests(),
                run.whole().groups(),
                run.steady().map(v -> steady(run, v)).orElse(null),
                run.errors(),
                new RunSummary.Concurrency(run.peakUsers()),
                snapshot,
                judged.work().stream().map(RunPublisher::workItem).toList(),
                judged.injector(),
                verdict.slos().stream().map(RunPublisher::slo).toList(),
                new RunSummary.Validity(verdict.invalidBecause().isEmpty(), verdict.invalidBecause()),
                verdict.stopped().map(s -> stopped(s, run)).orElse(null),
                run.findings().steps(),
                run.findings().spike(),
                verdict.verdict(),
                verdict.exitCode(),
                null,
                facts.shard().orElse(null),
                null);
    }

    private static TargetView.Span wholeRun(GatlingRunReader.GatlingRun run) {
        return new TargetView.Span(run.injectStartMillis(), run.injectEndMillis());
    }

    private static Optional<TargetView.Span> steadySpan(GatlingRunReader.GatlingRun run) {
        return run.steady().map(v -> new TargetView.Span(v.fromMillis(), v.toMillis()));
    }

    static RunSummary.Steady steady(GatlingRunReader.GatlingRun run, GatlingRunReader.View v) {
        return new RunSummary.Steady(
                (v.fromMillis() - run.injectStartMillis()) / 1000.0,
                (v.toMillis() - run.injectStartMillis()) / 1000.0,
                v.global(),
                v.requests(),
                v.groups());
    }

    private static RunSummary.Stopped stopped(Stop s, GatlingRunReader.GatlingRun run) {
        return new RunSummary.Stopped(
                s.atMillis(),
                Instant.ofEpochMilli(s.atMillis()).toString(),
                round(Math.max(0, s.atMillis() - run.injectStartMillis()) / 1000.0),
                s.slo(),
                s.reason(),
                s.figure(),
                round(s.value()),
                s.windowSeconds(),
                s.users());
    }

    static RunSummary.WorkItem workItem(Work w) {
        return new RunSummary.WorkItem(
                w.name(), w.unit(), round(w.intended()), round(w.achieved()), round(w.percent()), w.judged());
    }

    static RunSummary.Slo slo(SloOutcome o) {
        return new RunSummary.Slo(
                o.slo().name(),
                o.slo().scope(),
                o.slo().metric(),
                o.slo().comparator().code(),
                List.of(o.slo().target()),
                o.slo().window().label(),
                o.actual().isPresent() ? o.actual().getAsDouble() : null,
                o.passed());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
