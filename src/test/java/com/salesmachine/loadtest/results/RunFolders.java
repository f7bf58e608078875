package com.salesmachine.loadtest.results;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs kept in a results folder ({@code results/<run-folder>/summary.json}), newest first by
 * start time. An old run whose summary cannot be read is skipped with a warning, so one damaged
 * run does not block every comparison.
 */
final class RunFolders {
    /** A run folder and its summary. */
    record Run(Path folder, RunSummary summary) {
        String name() {
            return folder.getFileName().toString();
        }

        boolean isSameRunAs(Path otherFolder, RunSummary other) {
            return summary.runId().equals(other.runId()) || sameFile(folder, otherFolder);
        }
    }

    /** A summary.json that cannot be read, with when it was written. */
    private record Unreadable(Instant written, UnusableInputException problem) {}

    private record Scan(List<Run> runs, List<Unreadable> unreadable) {}

    private RunFolders() {}

    /**
     * The newest run in the folder. A summary written after it that cannot be read is probably the
     * run that just finished, so it is reported rather than passed over for an older run.
     */
    static Run newest(Path resultsDir) {
        Scan scan = scan(resultsDir);
        Optional<Run> newest = scan.runs().stream().findFirst();
        Instant newestWritten = newest.map(r -> written(r.folder().resolve(SummaryFiles.SUMMARY_FILE)))
                .orElse(Instant.MIN);
        for (Unreadable u : scan.unreadable()) {
            if (u.written().isAfter(newestWritten)) {
                throw u.problem();
            }
        }
        return newest.orElseThrow(() -> new UnusableInputException(
                resultsDir + ": holds no run folder with a summary.json; run a simulation first"));
    }

    /** Up to {@code limit} runs of the same simulation and profile as {@code current}, newest first, without it. */
    static List<Run> previous(
            Path resultsDir, Path currentFolder, RunSummary current, int limit, PrintStream warnings) {
        Scan scan = scan(resultsDir);
        scan.unreadable()
                .forEach(u -> warnings.println("WARN skipped " + u.problem().getMessage()));
        return scan.runs().stream()
                .filter(r -> r.summary().simulation().equals(current.simulation()))
                .filter(r -> r.summary().profile().equals(current.profile()))
                .filter(r -> !r.isSameRunAs(currentFolder, current))
                .limit(limit)
                .toList();
    }

    private static Scan scan(Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            throw new UnusableInputException(resultsDir
                    + ": no such folder; set resultsDir to where the runs are, or give -Dsummary=<run folder>");
        }
        List<Run> runs = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        try (Stream<Path> children = Files.list(resultsDir)) {
            for (Path folder : children.sorted().toList()) {
                Path file = folder.resolve(SummaryFiles.SUMMARY_FILE);
                if (Files.isRegularFile(file)) {
                    try {
                        runs.add(new Run(folder, SummaryFiles.read(file)));
                    } catch (UnusableInputException e) {
                        unreadable.add(new Unreadable(written(file), e));
                    }
                }
            }
        } catch (IOException e) {
            throw new UnusableInputException(resultsDir + ": cannot be listed (" + e.getMessage() + ")");
        }
        runs.sort(
                Comparator.comparing((Run r) -> OffsetDateTime.parse(r.summary().startTime()))
                        .reversed()
                        .thenComparing(Run::name, Comparator.reverseOrder()));
        return new Scan(runs, unreadable);
    }

    private static Instant written(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MIN;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
