package com.salesmachine.loadtest.tools;

import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.Judging;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.results.ReportCommand;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.ShardMerge;
import com.salesmachine.loadtest.results.UnusableInputException;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.stop.MergedStages;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

/**
 * Command that merges the result folders of a run's shards into one run folder ({@link ShardMerge}, with
 * a staged run's steps and a spike's recovery read again on the merged records, {@link MergedStages}):
 * {@code ./mvnw -q test-compile exec:java@merge -Dshards=results/shard-0,results/shard-1}, each a
 * shard's run folder or the results folder it wrote into; {@code -DshardCount=N} to say how many
 * there were (else their summaries say); the merged run goes under {@code resultsDir}. Exits with the
 * merged run's code (0 PASS, 2 FAIL, 3 STOPPED, 4 INVALID), 64 for unusable input, 74 when it cannot
 * write.
 */
public final class MergeCommand {
    public static final String SHARDS = "shards";

    private MergeCommand() {}

    public static void main(String[] args) {
        int code = run(SettingSource.fromSystem(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    public static int run(SettingSource settings, PrintStream out, PrintStream err) {
        try {
            List<Path> shards = settings.list(SHARDS).stream().map(Path::of).toList();
            if (shards.isEmpty()) {
                throw new SettingException(
                        SHARDS,
                        "not set; give the shards' result folders, e.g. -Dshards=results/shard-0,results/shard-1");
            }
            OptionalInt count = settings.raw("shardCount").isPresent()
                    ? OptionalInt.of(settings.positiveInt("shardCount", 1))
                    : OptionalInt.empty();
            Path resultsDir = Path.of(settings.string("resultsDir", Settings.DEFAULT_RESULTS_DIR));
            double minAchieved = Judging.from(settings).minAchievedPercent();
            ShardMerge.Merged merged =
                    new ShardMerge(resultsDir, minAchieved, Clock.systemUTC(), new MergedStages()).merge(shards, count);
            RunSummary s = merged.summary();
            long present = s.shards().stream().filter(r -> !r.missing()).count();
            out.println("Merged " + present + " of " + s.shards().size() + " shards of " + s.simulation() + " run "
                    + s.runId() + ": " + s.global().count() + " requests, "
                    + s.global().ko() + " failed, p50 "
                    + s.global().p50() + " ms, p95 " + s.global().p95() + " ms, p99 "
                    + s.global().p99() + " ms");
            merged.verdict().consoleLines().forEach(out::println);
            out.println("Results: " + merged.folder() + " (summary.json, report.md, slo-junit.xml, index.html)");
            return s.exitCode();
        } catch (SettingException | UnusableInputException e) {
            err.println("ERROR " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("ERROR " + e.getMessage());
            return ReportCommand.CANNOT_WRITE_EXIT_CODE;
        }
    }
}
