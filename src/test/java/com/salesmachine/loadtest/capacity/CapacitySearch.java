package com.salesmachine.loadtest.capacity;

import com.salesmachine.loadtest.config.Breakpoint;
import com.salesmachine.loadtest.config.Durations;
import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Numbers;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.results.ReportCommand;
import com.salesmachine.loadtest.results.ResultsFolder;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.SummaryFiles;
import com.salesmachine.loadtest.settings.SettingSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The capacity search ({@code -Dprofile=breakpoint}): runs steps of offered load in this JVM, each a
 * whole run of the simulation at one level judged on its own steady window ({@link SearchSteps}),
 * chooses each next level with a {@link SearchPlan}, and publishes the answer as one results folder:
 * the capacity step's run (its HTML report and summary) with the search's {@code capacity} in
 * summary.json, a Scaling limits section in report.md, and every step's own folder under {@code steps/}.
 */
public final class CapacitySearch {
    static final String STEPS = "steps";
    private static final DateTimeFormatter FOLDER_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    /** Time a step takes beyond its warm-up and window (start, drain, judging) before one has been measured. */
    private static final Duration FIRST_STEP_OVERHEAD = Duration.ofSeconds(30);

    private final Class<?> simulation;
    private final LoadShape load;
    private final Settings settings;
    private final CapacityMeasure measure;
    private final Clock clock;
    private final Function<Path, StepRunner> runnerFor;

    /** How the search runs one step: its level in, the step's summary and folder (or why none) out. */
    interface StepRunner {
        SearchSteps.StepOutcome run(int level);
    }

    public CapacitySearch(
            Class<?> simulation, LoadShape load, Settings settings, CapacityMeasure measure, Clock clock) {
        this(simulation, load, settings, measure, clock, stepsFolder -> new SearchSteps(simulation, stepsFolder)::run);
    }

    /** For tests: steps run by {@code runnerFor}, given the folder the steps' results go to. */
    CapacitySearch(
            Class<?> simulation,
            LoadShape load,
            Settings settings,
            CapacityMeasure measure,
            Clock clock,
            Function<Path, StepRunner> runnerFor) {
        this.simulation = simulation;
        this.load = load;
        this.settings = settings;
        this.measure = measure;
        this.clock = clock;
        this.runnerFor = runnerFor;
    }

    /** The settings of a run being created, with a running step's put over them (see {@link SearchSteps}). */
    public static SettingSource settingsFor(SettingSource source) {
        return SearchSteps.settingsFor(source);
    }

    /** Whether the run being created is a step of a search running in this JVM. */
    public static boolean inSearch() {
        return SearchSteps.inSearch();
    }

    /** Runs the search, prints its progress and answer, publishes it; returns the exit code. */
    public int run() {
        Breakpoint bp = settings.breakpoint();
        long started = clock.millis();
        String folderName =
                simulation.getSimpleName().toLowerCase(Locale.ROOT) + "-" + FOLDER_TIME.format(clock.instant());
        Path folder = settings.resultsDir().resolve(folderName);
        StepRunner steps = runnerFor.apply(folder.resolve(STEPS));
        var plan = new SearchPlan(bp.startLevel(load), bp.maxLevel(load), bp.resolutionPercent());
        System.out.println("Capacity search: " + simulation.getSimpleName() + ", from " + bp.startLevel(load)
                + " users doubling to at most " + bp.maxLevel(load) + ", resolution "
                + Numbers.decimals(bp.resolutionPercent()) + " %, budget " + Durations.format(bp.budget())
                + "; each step " + Durations.format(bp.warmUp()) + " warm-up, " + Durations.format(bp.window())
                + " judged");
        var results = new ArrayList<StepResult>();
        var summaries = new ArrayList<Optional<RunSummary>>();
        double longestStep =
                bp.warmUp().plus(bp.window()).plus(FIRST_STEP_OVERHEAD).toMillis() / 1000.0;
        for (OptionalInt next = plan.next(); next.isPresent(); next = plan.next()) {
            double elapsed = (clock.millis() - started) / 1000.0;
            if (elapsed + longestStep > bp.budget().toSeconds()) {
                plan.stop(SearchPlan.End.BUDGET);
                break;
            }
            int level = next.getAsInt();
            System.out.println("Capacity step " + (results.size() + 1) + ": " + level + " users ...");
            SearchSteps.StepOutcome outcome = steps.run(level);
            StepResult result = outcome.summary()
                    .map(s -> StepResult.of(level, s, measure, outcome.folder(), outcome.seconds()))
                    .orElse(StepResult.unread(level, outcome.missing(), outcome.seconds()));
            results.add(result);
            summaries.add(outcome.summary());
            longestStep = Math.max(longestStep, result.seconds());
            System.out.println(CapacityText.stepLine(results.size(), result, measure));
            if (result.injectorSaturated()) {
                plan.stop(SearchPlan.End.INVALID_STEP);
            } else {
                plan.record(level, result.passed());
            }
        }
        double seconds = (clock.millis() - started) / 1000.0;
        Attribution.Finding finding = Attribution.of(results, "users");
        RunSummary.Capacity answer = CapacityText.answer(plan, results, measure, bp, seconds, finding);
        String verdict = verdict(plan);
        int exitCode = exitCode(verdict);
        CapacityText.consoleLines(answer).forEach(System.out::println);
        publish(folder, answer, results, summaries, verdict, exitCode);
        return exitCode;
    }

    /** PASS when a capacity was found, FAIL when no level held, INVALID when a step could not be judged. */
    static String verdict(SearchPlan plan) {
        if (plan.end() == SearchPlan.End.INVALID_STEP) {
            return RunSummary.INVALID;
        }
        return plan.capacity().isPresent() ? RunSummary.PASS : RunSummary.FAIL;
    }

    private static int exitCode(String verdict) {
        return switch (verdict) {
            case RunSummary.PASS -> 0;
            case RunSummary.INVALID -> ExitCodes.INVALID;
            default -> ExitCodes.SLO_FAILED;
        };
    }

    private void publish(
            Path folder,
            RunSummary.Capacity answer,
            List<StepResult> results,
            List<Optional<RunSummary>> summaries,
            String verdict,
            int exitCode) {
        int shown = shownStep(results, answer);
        if (shown < 0 || summaries.get(shown).isEmpty()) {
            System.err.println(
                    "ERROR results: the capacity search has no step with results to publish under " + folder);
            return;
        }
        try {
            ResultsFolder.copyTree(folder.resolve(results.get(shown).folder()), folder);
            RunSummary summary = summaries
                    .get(shown)
                    .get()
                    .asCapacitySearch(folder.getFileName().toString(), answer, verdict, exitCode);
            SummaryFiles.write(folder.resolve(SummaryFiles.SUMMARY_FILE), summary);
            ReportCommand.writeReports(folder, summary);
            new ResultsFolder(settings.resultsDir()).keepNewest(settings.resultsKeep());
            System.out.println("Results: " + folder + " (summary.json, report.md; every step under " + STEPS + "/)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The step whose run the search's folder shows: the capacity step, else the lowest failing one. */
    private static int shownStep(List<StepResult> results, RunSummary.Capacity answer) {
        Integer level = answer.capacity() != null ? answer.capacity() : answer.firstFailing();
        for (int i = 0; i < results.size(); i++) {
            if (level != null
                    && results.get(i).level() == level
                    && results.get(i).folder() != null) {
                return i;
            }
        }
        return results.isEmpty() ? -1 : results.size() - 1;
    }
}
