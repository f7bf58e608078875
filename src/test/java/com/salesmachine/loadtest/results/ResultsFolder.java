package com.salesmachine.loadtest.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's {@code results/} folder: one folder per run, named like Gatling's own
 * ({@code <simulation>-<yyyyMMddHHmmssSSS>}), of which the newest {@code keep} are kept.
 */
public final class ResultsFolder {
    /** Gatling's run folder name: the simulation's simple name in lower case, a dash, a 17-digit time stamp. */
    private static final Pattern RUN_FOLDER = Pattern.compile("[a-z0-9_$]+-(\\d{17})");

    private final Path root;

    public ResultsFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * This run's folder among those Gatling wrote for that simulation under {@code gatlingResults}
     * whose log was written since {@code notBefore} (epoch millis, when this run began): the one whose
     * run started first at or after it, else the newest.
     */
    public static Optional<Path> gatlingRunSince(Path gatlingResults, String simulationSimpleName, long notBefore) {
        String prefix = simulationSimpleName.toLowerCase(java.util.Locale.ROOT) + "-";
        if (!Files.isDirectory(gatlingResults)) {
            return Optional.empty();
        }
        List<Path> candidates;
        try (Stream<Path> folders = Files.list(gatlingResults)) {
            candidates = folders.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> isRunFolder(p.getFileName().toString()))
                    .filter(p -> Files.exists(p.resolve("simulation.log")))
                    .filter(p -> modifiedMillis(p.resolve("simulation.log")) >= notBefore)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Another injector of the same simulation may write beside this one (shards on one machine): this
        // run's log is the first to start after this run did, a later one is another's.
        Optional<Path> first = Optional.empty();
        long firstStart = Long.MAX_VALUE;
        for (Path p : candidates) {
            long start = SimulationLogDecoder.runOf(p.resolve("simulation.log"))
                    .map(SimulationLog.Run::start)
                    .orElse(Long.MIN_VALUE);
            if (start >= notBefore && start < firstStart) {
                first = Optional.of(p);
                firstStart = start;
            }
        }
        return first.or(() -> candidates.stream()
                .max(Comparator.comparing(p -> p.getFileName().toString().substring(prefix.length()))));
    }

    /** Copies a Gatling run folder (report and log) into this results folder; returns the copy. */
    public Path copyIn(Path gatlingRun) throws IOException {
        Path target = root.resolve(gatlingRun.getFileName().toString());
        copyTree(gatlingRun, target);
        return target;
    }

    /** Copies every file and folder under {@code from} into {@code to} (created), replacing what is there. */
    public static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes all but the newest {@code keep} run folders (by time stamp); returns the deleted ones. */
    public List<Path> keepNewest(int keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> runs;
        try (Stream<Path> folders = Files.list(root)) {
            runs = folders.filter(Files::isDirectory)
                    .filter(p -> isRunFolder(p.getFileName().toString()))
                    .sorted(Comparator.comparing(
                                    (Path p) -> stamp(p.getFileName().toString()))
                            .reversed())
                    .toList();
        }
        List<Path> doomed = runs.size() <= keep ? List.of() : runs.subList(keep, runs.size());
        for (Path run : doomed) {
            deleteTree(run);
        }
        return doomed;
    }

    public static boolean isRunFolder(String name) {
        return RUN_FOLDER.matcher(name).matches();
    }

    private static String stamp(String name) {
        return name.substring(name.lastIndexOf('-') + 1);
    }

    private static long modifiedMillis(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
