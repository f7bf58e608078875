package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {
    @TempDir
    Path dir;

    @Test
    void keepNewest_deletesTheOldestRunFolders_andLeavesOtherFilesAlone() throws Exception {
        Path results = dir.resolve("results");
        for (String stamp : List.of("20261120100000000", "20261122100000000", "20261121100000000")) {
            Files.createDirectories(
                    results.resolve("nfr3benchmarksimulation-" + stamp).resolve("js"));
        }
        Files.createDirectories(results.resolve("emailqueuesimulation-20261119100000000"));
        Files.writeString(results.resolve(".gitkeep"), "");
        Files.createDirectories(results.resolve("notes"));

        List<Path> deleted = new ResultsFolder(results).keepNewest(2);

        assertEquals(2, deleted.size());
        try (Stream<Path> left = Files.list(results)) {
            assertEquals(
                    List.of(
                            ".gitkeep", "nfr3benchmarksimulation-20261121100000000",
                            "nfr3benchmarksimulation-20261122100000000", "notes"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void copyIn_copiesTheWholeReportTree() throws Exception {
        Path run = dir.resolve("gatling/nfr3benchmarksimulation-20261122100000000");
        Files.createDirectories(run.resolve("js"));
        Files.writeString(run.resolve("index.html"), "<html/>");
        Files.writeString(run.resolve("js/stats.js"), "x");

        Path copy = new ResultsFolder(dir.resolve("results")).copyIn(run);

        assertEquals("<html/>", Files.readString(copy.resolve("index.html")));
        assertEquals("x", Files.readString(copy.resolve("js/stats.js")));
    }

    @Test
    void gatlingRunSince_picksThisSimulationsNewestFolderWrittenSinceTheRunStarted() throws Exception {
        Path gatling = dir.resolve("gatling");
        long start = System.currentTimeMillis();
        Path old = run(gatling, "nfr3benchmarksimulation-20261122090000000", start - 60_000);
        Path mine = run(gatling, "nfr3benchmarksimulation-20261122100000000", start + 5_000);
        run(gatling, "othersimulation-20261122110000000", start + 5_000);
        Files.createDirectories(gatling.resolve("nfr3benchmarksimulation-20261122120000000")); // no log

        assertEquals(Optional.of(mine), ResultsFolder.gatlingRunSince(gatling, "Nfr3BenchmarkSimulation", start));
        assertTrue(ResultsFolder.gatlingRunSince(gatling, "Nfr3BenchmarkSimulation", start + 60_000)
                .isEmpty());
        assertTrue(ResultsFolder.gatlingRunSince(dir.resolve("absent"), "X", 0).isEmpty());
        assertTrue(Files.exists(old));
    }

    @Test
    void gatlingRunSince_picksTheLogThatStartedFirstAfterThisRun_whenAnotherInjectorWritesBeside() throws Exception {
        Path gatling = dir.resolve("gatling");
        long start = SimulationLogWriter.RUN_START;
        // This run's log started 2 s after it began; another shard's, begun later, 5 s after.
        Path mine = logged(gatling, "nfr3benchmarksimulation-20261122100002000", start + 2_000);
        logged(gatling, "nfr3benchmarksimulation-20261122100005000", start + 5_000);
        logged(gatling, "nfr3benchmarksimulation-20261122095000000", start - 600_000);

        assertEquals(Optional.of(mine), ResultsFolder.gatlingRunSince(gatling, "Nfr3BenchmarkSimulation", start));
    }

    private static Path logged(Path gatling, String name, long runStart) throws Exception {
        Path folder = gatling.resolve(name);
        try (var log = new SimulationLogWriter(
                folder, io.gatling.commons.util.GatlingVersion.ThisVersion().fullVersion(), List.of("S"), runStart)) {
            log.userStart(0);
        }
        return folder;
    }

    private static Path run(Path gatling, String name, long logTime) throws Exception {
        Path folder = Files.createDirectories(gatling.resolve(name));
        Path log = Files.writeString(folder.resolve("simulation.log"), "log");
        Files.setLastModifiedTime(log, FileTime.fromMillis(logTime));
        return folder;
    }
}
