package com.salesmachine.loadtest.capacity;

import com.salesmachine.loadtest.results.ResultsFolder;
import com.salesmachine.loadtest.results.RunPublisher;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.SummaryFiles;
import com.salesmachine.loadtest.settings.SettingSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs one step of a capacity search in this JVM: a whole Gatling run of the same simulation at one
 * level ({@code breakpointLevel}), published into the search's {@code steps/} folder and judged there
 * like any run; the step's summary.json is what the search reads back. While a step runs, its
 * settings are this JVM's with the step's put over them, and the step does not end the JVM.
 */
final class SearchSteps {
    /** The settings the running step puts over the JVM's; empty when no search is running a step. */
    private static final AtomicReference<Map<String, String>> CURRENT = new AtomicReference<>(Map.of());

    private final Class<?> simulation;
    private final Path stepsFolder;

    SearchSteps(Class<?> simulation, Path stepsFolder) {
        this.simulation = simulation;
        this.stepsFolder = stepsFolder;
    }

    /** The settings of the run being created: a running step's over {@code source}, else {@code source}. */
    static SettingSource settingsFor(SettingSource source) {
        Map<String, String> step = CURRENT.get();
        return step.isEmpty() ? source : source.with(step);
    }

    /** Whether the run being created is a step of a search in this JVM (so it must not end the JVM). */
    static boolean inSearch() {
        return !CURRENT.get().isEmpty();
    }

    /** Runs the step at {@code level}; the summary it published, or why there is none. */
    StepOutcome run(int level) {
        long started = System.currentTimeMillis();
        CURRENT.set(Map.of(
                "breakpointLevel", Integer.toString(level),
                "resultsDir", stepsFolder.toString(),
                "resultsKeep", Integer.toString(Integer.MAX_VALUE)));
        int gatlingExit;
        try {
            gatlingExit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", simulation.getName(),
                "--results-folder", RunPublisher.GATLING_RESULTS.toString(),
                "--no-reports"
            });
        } catch (RuntimeException e) {
            return StepOutcome.none("the step's Gatling run failed: " + e, seconds(started));
        } finally {
            CURRENT.set(Map.of());
        }
        Optional<Path> folder = newestRunSince(started);
        if (folder.isEmpty()) {
            return StepOutcome.none(
                    "the step wrote no results (Gatling exited " + gatlingExit + "; see the console above)",
                    seconds(started));
        }
        return new StepOutcome(
                Optional.of(SummaryFiles.read(folder.get())),
                stepsFolder.getParent().relativize(folder.get()).toString(),
                "",
                seconds(started));
    }

    /** A step's summary and folder (relative to the search's), or why it has none. */
    record StepOutcome(Optional<RunSummary> summary, String folder, String missing, double seconds) {
        static StepOutcome none(String why, double seconds) {
            return new StepOutcome(Optional.empty(), null, why, seconds);
        }
    }

    private Optional<Path> newestRunSince(long started) {
        if (!Files.isDirectory(stepsFolder)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(stepsFolder)) {
            return folders.filter(Files::isDirectory)
                    .filter(p -> ResultsFolder.isRunFolder(p.getFileName().toString()))
                    .filter(p -> Files.exists(p.resolve(SummaryFiles.SUMMARY_FILE)))
                    .filter(p -> modified(p.resolve(SummaryFiles.SUMMARY_FILE)) >= started)
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double seconds(long since) {
        return (System.currentTimeMillis() - since) / 1000.0;
    }
}
