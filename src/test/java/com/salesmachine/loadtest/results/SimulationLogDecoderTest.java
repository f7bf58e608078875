package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.core.config.GatlingConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/** The decoder, on logs written by Gatling's own serializers ({@link SimulationLogWriter}). */
class SimulationLogDecoderTest {
    private static final String RUN = "somesimulation-20261201000000000";
    private static final List<String> WORK = List.of("Work prospects");

    @TempDir
    Path results;

    @Test
    void everyRecord_isDecodedInFileOrder_withTimesAsEpochMillis() throws IOException {
        try (var log = SimulationLogWriter.create(folder())) {
            log.userStart(100)
                    .request(WORK, "Create prospect", 200, 260, false, "status 500")
                    .group(WORK, 150, 300, 60, false)
                    .error("crashed", 400)
                    .userEnd(500);
        }
        SimulationLog log = SimulationLogDecoder.decode(logFile());
        assertEquals(SimulationLogWriter.SIMULATION, log.run.simulationClass());
        assertEquals(SimulationLogWriter.RUN_START, log.run.start());
        assertEquals(List.of(SimulationLogWriter.SCENARIO), log.scenarios);
        assertEquals(
                List.of(
                        "user Scenario start 100",
                        "request Work prospects/Create prospect 200-260 KO 'status 500'",
                        "group Work prospects 150-300 cumulated 60 KO",
                        "error 'crashed' 400",
                        "user Scenario end 500"),
                replay(log));
        assertEquals(SimulationLogWriter.RUN_START + 100, log.injectStart);
        assertEquals(SimulationLogWriter.RUN_START + 500, log.injectEnd);
        assertFalse(log.truncated);
    }

    @Test
    void aRepeatedName_isWrittenOnceAsACachedString_andDecodedFromTheCache() throws IOException {
        try (var log = SimulationLogWriter.create(folder())) {
            log.userStart(0);
            for (int i = 0; i < 3; i++) {
                log.request(WORK, "Create prospect", 10 * i, 10 * i + 5, true, null);
            }
        }
        byte[] bytes = Files.readAllBytes(logFile());
        assertEquals(1, occurrences(bytes, "Create prospect".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(1, occurrences(bytes, "Work prospects".getBytes(StandardCharsets.ISO_8859_1)));
        SimulationLog log = SimulationLogDecoder.decode(logFile());
        assertEquals(List.of(new SimulationLog.RequestName(WORK, "Create prospect")), log.requestNames);
        assertEquals(
                List.of(
                        "request Work prospects/Create prospect 0-5 OK ''",
                        "request Work prospects/Create prospect 10-15 OK ''",
                        "request Work prospects/Create prospect 20-25 OK ''"),
                replay(log).subList(1, 4));
    }

    @Test
    void namesOutsideLatin1_andLatin1AccentsAndLineBreaks_decodeAsGatlingsOwnReaderDecodesThem() throws IOException {
        List<String> names = List.of("Créer un prospect", "Поиск лидов", "Rocket 🚀 launch", "Line\nbreak\tand\rtab");
        try (var log = SimulationLogWriter.create(folder())) {
            log.userStart(0);
            for (String name : names) {
                log.request(List.of("Группа"), name, 10, 20, true, null);
            }
            log.userEnd(100);
        }
        SimulationLog log = SimulationLogDecoder.decode(logFile());
        List<String> decoded =
                log.requestNames.stream().map(SimulationLog.RequestName::name).toList();
        assertEquals(List.of("Créer un prospect", "Поиск лидов", "Rocket 🚀 launch", "Line break and tab"), decoded);
        assertEquals(List.of("Группа"), log.requestNames.get(0).groups());

        var gatling =
                LogFileReader.apply(RUN, results, GatlingConfiguration.load()).read();
        List<String> gatlingNames = CollectionConverters.asJava(gatling.statsPaths()).stream()
                .filter(RequestStatsPath.class::isInstance)
                .map(p -> ((RequestStatsPath) p).request())
                .sorted()
                .toList();
        assertEquals(gatlingNames, decoded.stream().sorted().toList());
    }

    @Test
    void aLogCutInsideARecord_isReadUpToThatRecord_withOneWarning() throws IOException {
        try (var log = SimulationLogWriter.create(folder())) {
            log.userStart(0).request("Home", 10, 20).request("Home", 30, 45).request("Home", 50, 90);
        }
        try (var channel = FileChannel.open(logFile(), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }
        var err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        SimulationLog log;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            log = SimulationLogDecoder.decode(logFile());
        } finally {
            System.setErr(original);
        }
        assertTrue(log.truncated);
        assertEquals(3, log.records(), "the user and the two whole requests");
        String warning = err.toString(StandardCharsets.UTF_8);
        assertTrue(warning.startsWith("WARN results: ") && warning.contains("ends inside record 5"), warning);
        assertEquals(1, warning.lines().count(), warning);

        var run = new GatlingRunReader().read(logFile(), Optional.empty());
        assertEquals(2, run.whole().global().count());
        assertEquals(15, run.whole().global().max());
    }

    @Test
    void aLogOfAnotherGatlingVersion_isRefusedInOneLineNamingTheVersion() throws IOException {
        try (var log = new SimulationLogWriter(folder(), "3.14.0", List.of(SimulationLogWriter.SCENARIO))) {
            log.userStart(0).request("Home", 10, 20);
        }
        var refused = assertThrows(
                UnusableInputException.class,
                () -> new GatlingRunReader().readAndReport(results, RUN, Optional.empty()));
        assertEquals(
                logFile() + " was written by Gatling 3.14.0; this suite reads the logs of Gatling 3.15.1 only",
                refused.getMessage());
    }

    @Test
    void aFileThatIsNotABinaryGatlingLog_isRefusedInOneLine() throws IOException {
        Files.createDirectories(folder());
        Files.writeString(logFile(), "RUN\tcom.example.Old\told\t1700000000000\t \t3.9.5\n");
        var refused = assertThrows(UnusableInputException.class, () -> SimulationLogDecoder.decode(logFile()));
        assertEquals(
                logFile() + " is not a Gatling 3.15.1 simulation.log: it does not start with a run record",
                refused.getMessage());
        var missing = assertThrows(
                UnusableInputException.class, () -> SimulationLogDecoder.decode(results.resolve("absent.log")));
        assertFalse(missing.getMessage().contains("\n"));
    }

    @Test
    void aLogWithNoUserOrRequest_isRefused() throws IOException {
        SimulationLogWriter.create(folder()).close();
        var refused = assertThrows(
                UnusableInputException.class, () -> new GatlingRunReader().read(logFile(), Optional.empty()));
        assertTrue(refused.getMessage().endsWith("holds no run: no user or request lasted"), refused.getMessage());
    }

    private Path folder() {
        return results.resolve(RUN);
    }

    private Path logFile() {
        return folder().resolve("simulation.log");
    }

    private static int occurrences(byte[] haystack, byte[] needle) {
        int found = 0;
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            found += j == needle.length ? 1 : 0;
        }
        return found;
    }

    /** The records as lines, times relative to the run start. */
    private static List<String> replay(SimulationLog log) {
        var lines = new ArrayList<String>();
        long t0 = log.run.start();
        log.replay(new SimulationLog.Visitor() {
            @Override
            public void user(int scenario, boolean start, long timestamp) {
                lines.add("user " + log.scenarios.get(scenario) + (start ? " start " : " end ") + (timestamp - t0));
            }

            @Override
            public void request(int name, long start, long end, boolean ok, int message) {
                SimulationLog.RequestName n = log.requestNames.get(name);
                var path = new ArrayList<>(n.groups());
                path.add(n.name());
                lines.add("request " + String.join("/", path) + " " + (start - t0) + "-" + (end - t0)
                        + (ok ? " OK" : " KO") + " '" + log.messages.get(message) + "'");
            }

            @Override
            public void group(int group, long start, long end, int cumulatedResponseTime, boolean ok) {
                lines.add("group " + String.join("/", log.groups.get(group)) + " " + (start - t0) + "-" + (end - t0)
                        + " cumulated " + cumulatedResponseTime + (ok ? " OK" : " KO"));
            }

            @Override
            public void error(int message, long timestamp) {
                lines.add("error '" + log.messages.get(message) + "' " + (timestamp - t0));
            }
        });
        return lines;
    }
}
