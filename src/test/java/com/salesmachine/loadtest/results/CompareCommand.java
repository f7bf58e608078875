package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command that compares a run's p95s with a baseline's, per request and group path:
 * {@code ./mvnw -q test-compile exec:java@compare [-Dsummary=...] [-Dbaseline=...]}. Prints a
 * Markdown table, writes it to {@code comparison.md} in the run's folder, and exits 3 on a regression.
 */
public final class CompareCommand {
    public static final int REGRESSION_EXIT_CODE = 3;
    public static final String COMPARISON_FILE = "comparison.md";
    public static final int DEFAULT_BASELINE_RUNS = 5;

    private CompareCommand() {}

    public static void main(String[] args) {
        int code = run(SettingSource.fromSystem(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Does the command's work and returns its exit code: 0 clean, 3 regression, 64 unusable input. */
    public static int run(SettingSource settings, PrintStream out, PrintStream err) {
        try {
            Path resultsDir = Path.of(settings.string("resultsDir", Settings.DEFAULT_RESULTS_DIR));
            int baselineRuns = settings.positiveInt("baselineRuns", DEFAULT_BASELINE_RUNS);
            var thresholds = new Thresholds(
                    nonNegative(settings, "regressionPercent", Thresholds.DEFAULT_PERCENT),
                    nonNegative(settings, "regressionMs", Thresholds.DEFAULT_MS));

            RunFolders.Run run =
                    settings.raw("summary").map(CompareCommand::readRun).orElseGet(() -> RunFolders.newest(resultsDir));
            Path currentFolder = run.folder();
            RunSummary current = run.summary();
            Baseline baseline = baseline(settings, resultsDir, baselineRuns, currentFolder, current, err);

            var comparison = Comparison.of(baseline.p95s(), PathP95s.of(current), thresholds);
            String markdown = ComparisonMarkdown.render(
                    current, currentFolder.getFileName().toString(), baseline, comparison);
            out.print(markdown);
            out.flush();
            writeBeside(currentFolder.resolve(COMPARISON_FILE), markdown, err);
            return comparison.hasRegression() ? REGRESSION_EXIT_CODE : 0;
        } catch (SettingException | UnusableInputException e) {
            err.println("ERROR " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private static Baseline baseline(
            SettingSource settings,
            Path resultsDir,
            int baselineRuns,
            Path currentFolder,
            RunSummary current,
            PrintStream err) {
        Optional<String> given = settings.raw("baseline");
        if (given.isPresent()) {
            RunFolders.Run run = readRun(given.get());
            return Baseline.of(run.folder(), run.summary(), current);
        }
        if (!Files.isDirectory(resultsDir)) {
            throw new UnusableInputException(noBaseline(resultsDir, current));
        }
        List<RunFolders.Run> previous = RunFolders.previous(resultsDir, currentFolder, current, baselineRuns, err);
        if (previous.isEmpty()) {
            throw new UnusableInputException(noBaseline(resultsDir, current));
        }
        return Baseline.median(previous);
    }

    private static String noBaseline(Path resultsDir, RunSummary current) {
        return "no baseline runs found: " + resultsDir + " holds no earlier run of " + current.simulation()
                + " with profile '" + current.profile() + "'; give one with -Dbaseline=<run folder>";
    }

    /** The run a summary.json or run folder path names; its folder is the one holding the summary.json. */
    private static RunFolders.Run readRun(String given) {
        Path file;
        try {
            file = SummaryFiles.locate(Path.of(given));
        } catch (InvalidPathException e) {
            throw new UnusableInputException("'" + given + "' is not a path (" + e.getReason() + ")");
        }
        RunSummary summary = SummaryFiles.read(file);
        return new RunFolders.Run(file.toAbsolutePath().normalize().getParent(), summary);
    }

    private static double nonNegative(SettingSource settings, String setting, double defaultValue) {
        Optional<String> raw = settings.raw(setting);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException(setting, "'" + raw.get() + "' is not a number of 0 or more; use e.g. 20");
    }

    private static void writeBeside(Path file, String markdown, PrintStream err) {
        try {
            Files.writeString(file, markdown);
        } catch (IOException e) {
            err.println("WARN " + file + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
