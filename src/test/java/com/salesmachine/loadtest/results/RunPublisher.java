package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.metrics.RunMetrics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a finished run into its results folder: reads Gatling's log once, writes Gatling's HTML
 * report and {@code summary.json} from that one reading, copies the run into
 * {@code results/<run-folder>/} with {@code report.md} and the SLO JUnit file, and prunes old runs.
 *
 * <p>It runs when the Gatling JVM exits, after Gatling has judged the assertions (the suite turns
 * Gatling's own report generation off with {@code gatling.noReports}, so the report is written
 * once). It never throws: a problem is reported in one line and the run's own outcome stands.
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
            RunSummary.Target target,
            long startMillis) {}

    private final RunFacts facts;
    private final RunMetrics metrics;
    private final ResultsFolder results;
    private final int keep;
    private final Path gatlingResults;

    public RunPublisher(RunFacts facts, RunMetrics metrics, ResultsFolder results, int keep, Path gatlingResults) {
        this.facts = facts;
        this.metrics = metrics;
        this.results = results;
        this.keep = keep;
        this.gatlingResults = gatlingResults;
    }

    /** Publishes when this JVM exits. */
    public void publishOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::publishQuietly, "publish-run-results"));
    }

    void publishQuietly() {
        try {
            publish()
                    .ifPresent(folder -> System.out.println(
                            "Results: " + folder + " (summary.json, report.md, " + ReportCommand.JUNIT_FILE + ")"));
        } catch (Throwable t) {
            System.err.println("WARN results: could not write the run's results: " + t);
        }
    }

    /** Does the work; returns the run's results folder, or empty when Gatling wrote no run folder. */
    public Optional<Path> publish() throws Exception {
        String simulation = facts.simulationClass().getSimpleName();
        Optional<Path> gatlingRun = ResultsFolder.newestGatlingRun(gatlingResults, simulation, facts.startMillis());
        if (gatlingRun.isEmpty()) {
            System.err.println("WARN results: no Gatling run folder for " + simulation + " under " + gatlingResults);
            return Optional.empty();
        }
        String folderName = gatlingRun.get().getFileName().toString();
        GatlingRunReader.GatlingRun run = new GatlingRunReader().readAndReport(gatlingResults, folderName);
        RunSummary summary = summarize(folderName, run);
        Path folder = results.copyIn(gatlingRun.get());
        SummaryFiles.write(folder.resolve(SummaryFiles.SUMMARY_FILE), summary);
        ReportCommand.writeReports(folder, summary);
        results.keepNewest(keep);
        return Optional.of(folder);
    }

    RunSummary summarize(String folderName, GatlingRunReader.GatlingRun run) {
        // The suite judges its SLOs itself; until then, a run has none.
        List<RunSummary.Slo> slos = List.of();
        boolean passed = slos.stream().allMatch(RunSummary.Slo::passed);
        return new RunSummary(
                RunSummary.SCHEMA_VERSION,
                facts.simulationClass().getSimpleName(),
                facts.simulationClass().getName(),
                folderName,
                facts.runId(),
                facts.profile(),
                facts.load(),
                facts.target(),
                Instant.ofEpochMilli(run.runStartMillis()).toString(),
                Math.max(0, run.injectEndMillis() - run.runStartMillis()) / 1000.0,
                RunEnvironment.current(),
                run.whole().global(),
                run.whole().requests(),
                run.whole().groups(),
                run.errors(),
                new RunSummary.Concurrency(run.peakUsers()),
                metrics.snapshot(),
                slos,
                passed ? RunSummary.PASS : RunSummary.FAIL);
    }
}
