package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command that (re)writes a run's {@code report.md} and {@code slo-junit.xml} from its
 * {@code summary.json}: {@code ./mvnw -q test-compile exec:java@report -Dsummary=results/<run-folder>}.
 */
public final class ReportCommand {
    public static final String REPORT_FILE = "report.md";
    public static final String JUNIT_FILE = "slo-junit.xml";
    /** The summary was fine but a report could not be written (sysexits EX_IOERR). */
    public static final int CANNOT_WRITE_EXIT_CODE = 74;

    private ReportCommand() {}

    public static void main(String[] args) {
        int code = run(SettingSource.fromSystem(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Does the command's work and returns its exit code: 0, 64 for unusable input, 74 when a report cannot be written. */
    public static int run(SettingSource settings, PrintStream out, PrintStream err) {
        try {
            Path given = settings.raw("summary")
                    .map(Path::of)
                    .orElseThrow(() -> new SettingException(
                            "summary",
                            "not set; give a summary.json or a run folder, e.g. -Dsummary=results/<run-folder>"));
            Path file = SummaryFiles.locate(given);
            RunSummary summary = SummaryFiles.read(file);
            Path folder = file.toAbsolutePath().getParent();
            writeReports(folder, summary);
            out.println("Wrote " + file.resolveSibling(REPORT_FILE) + " and " + file.resolveSibling(JUNIT_FILE)
                    + " (verdict " + summary.verdict() + ")");
            return 0;
        } catch (SettingException | UnusableInputException e) {
            err.println("ERROR " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("ERROR " + e.getMessage());
            return CANNOT_WRITE_EXIT_CODE;
        }
    }

    /**
     * Writes {@code report.md} and {@code slo-junit.xml} into a run folder; called at the end of every
     * run, right after its summary.json is written. Throws {@link UncheckedIOException} naming the file
     * that cannot be written.
     */
    public static void writeReports(Path runFolder, RunSummary summary) {
        write(runFolder.resolve(REPORT_FILE), ReportWriter.markdown(summary));
        write(runFolder.resolve(JUNIT_FILE), JUnitSloWriter.xml(summary));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
