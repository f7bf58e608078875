package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.results.LogAnalysis;
import com.salesmachine.loadtest.results.ResultsFolder;
import com.salesmachine.loadtest.results.RunPublisher;
import com.salesmachine.loadtest.results.SteadyWindow;
import com.salesmachine.loadtest.results.WorkIntent;
import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * What a run is judged on and how it ends: the simulation's objectives, its intended work and load
 * model, the watch on its own injector; then, after the load, one reading of the log, the verdict,
 * the results folder, the console lines and the exit code that follows the verdict.
 */
final class RunJudgement {
    private final List<Slo> slos = new ArrayList<>();
    private final List<WorkIntent> intents = new ArrayList<>();
    private final InjectorWatch injector;
    private LoadModel model = LoadModel.CLOSED;
    /** How the run ends when its verdict is not PASS; a run made for a test or a command never exits. */
    private IntConsumer exit = code -> {};

    RunJudgement(Settings settings) {
        this.injector = new InjectorWatch(settings.injectorLimits());
    }

    /**
     * For a simulation's run: the injector is watched from now on, and a verdict other than PASS ends
     * the JVM when {@code endsJvm} (not for a capacity search's step, whose search reads its verdict).
     */
    void forSimulation(boolean endsJvm) {
        if (endsJvm) {
            exit = RunJudgement::exitJvm;
        }
        injector.start();
    }

    void add(Slo... objectives) {
        slos.addAll(List.of(objectives));
    }

    /** The objectives so far (the stop criteria read them once the simulation has declared them all). */
    List<Slo> slos() {
        return List.copyOf(slos);
    }

    void add(WorkIntent intent) {
        intents.add(intent);
    }

    void model(LoadModel offered) {
        model = offered;
    }

    LoadModel model() {
        return model;
    }

    /** The steady-state window of the shape, from the injection's start; none for a one-shot shape. */
    static Optional<SteadyWindow> steadyWindow(LoadShape shape) {
        if (shape.oneShot() || shape.steady().isZero()) {
            return Optional.empty();
        }
        return Optional.of(new SteadyWindow(shape.rampUp(), shape.rampUp().plus(shape.steady())));
    }

    /**
     * Reads and judges the finished run, publishes it, prints the verdict, and ends the JVM with the
     * verdict's exit code when it is not PASS ({@value ExitCodes#SLO_FAILED} FAIL,
     * {@value ExitCodes#STOPPED} STOPPED, {@value ExitCodes#INVALID} INVALID, {@value ExitCodes#NO_VERDICT} when the run could not be read or written).
     */
    void end(
            RunPublisher.RunFacts facts,
            LoadShape shape,
            Settings settings,
            RunMetrics metrics,
            Optional<Stop> stop,
            LogAnalysis analysis) {
        injector.stop();
        int code;
        try {
            code = publish(facts, shape, settings, metrics, stop, analysis)
                    .map(p -> p.verdict().exitCode())
                    .orElse(ExitCodes.NO_VERDICT);
        } catch (Exception e) {
            System.err.println("ERROR results: could not read, judge or write the run: " + e);
            code = ExitCodes.NO_VERDICT;
        }
        if (code != 0) {
            exit.accept(code);
        }
    }

    private Optional<RunPublisher.Published> publish(
            RunPublisher.RunFacts facts,
            LoadShape shape,
            Settings settings,
            RunMetrics metrics,
            Optional<Stop> stop,
            LogAnalysis analysis)
            throws Exception {
        var judgement =
                new RunPublisher.Judgement(model, shape, slos, intents, settings.judging(), injector, stop, analysis);
        Optional<RunPublisher.Published> published = new RunPublisher(
                        facts, metrics, judgement, new ResultsFolder(settings.resultsDir()), settings.resultsKeep())
                .publish();
        published.ifPresent(p -> {
            p.verdict().consoleLines().forEach(System.out::println);
            System.out.println("Results: " + p.folder() + " (summary.json, report.md, slo-junit.xml)");
        });
        return published;
    }

    static void exitJvm(int code) {
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
