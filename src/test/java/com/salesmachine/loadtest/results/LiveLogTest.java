package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveLogTest {
    @TempDir
    Path dir;

    /** What a sink was handed, one line a record. */
    private static final class Lines implements RecordSink {
        final List<String> lines = new ArrayList<>();

        @Override
        public void request(String path, long start, long end, boolean ok) {
            lines.add("request " + path + " " + (start - SimulationLogWriter.RUN_START) + "-"
                    + (end - SimulationLogWriter.RUN_START) + " " + (ok ? "OK" : "KO"));
        }

        @Override
        public void group(String path, long start, long end, boolean ok) {
            lines.add("group " + path + " " + (end - start) + " ms " + (ok ? "OK" : "KO"));
        }

        @Override
        public void user(boolean start, long at) {
            lines.add((start ? "user start " : "user end ") + (at - SimulationLogWriter.RUN_START));
        }
    }

    private Path writtenLog() throws IOException {
        Path folder = dir.resolve("written");
        try (var log = new SimulationLogWriter(
                folder,
                io.gatling.commons.util.GatlingVersion.ThisVersion().fullVersion(),
                List.of(SimulationLogWriter.SCENARIO, LiveLog.WATCHDOG))) {
            log.userStart(0).user(LiveLog.WATCHDOG, true, 5).user(LiveLog.WATCHDOG, false, 5);
            for (int i = 0; i < 40; i++) {
                log.request(
                        List.of("Check the dashboard"), "Get dashboard", 10L * i, 10L * i + 7, i % 5 != 0, "boom " + i);
            }
            log.group(List.of("Check the dashboard"), 0, 400, 280, false).userEnd(450);
        }
        return folder.resolve("simulation.log");
    }

    @Test
    void aLogGrowingBySevenBytes_handsOnEveryWholeRecordOnce_inOrder_withoutTheWatchdog() throws IOException {
        byte[] bytes = Files.readAllBytes(writtenLog());
        Path growing = dir.resolve("growing/simulation.log");
        Files.createDirectories(growing.getParent());
        Files.createFile(growing);
        var live = new Lines();
        try (LiveLog log = LiveLog.of(growing);
                OutputStream out = Files.newOutputStream(growing, StandardOpenOption.APPEND)) {
            assertEquals(0, log.poll(live), "an empty log has no records yet");
            // Bounded: one poll per 7 bytes appended; most cut a record, which must wait for the rest.
            for (int at = 0; at < bytes.length; at += 7) {
                out.write(bytes, at, Math.min(7, bytes.length - at));
                out.flush();
                log.poll(live);
            }
        }
        var whole = new Lines();
        SimulationLog decoded = SimulationLogDecoder.decode(dir.resolve("written/simulation.log"));
        decoded.replay(whole);

        assertEquals(whole.lines, live.lines);
        assertEquals(43, live.lines.size(), live.lines.toString());
        assertEquals("user start 0", live.lines.get(0));
        assertEquals("request Check the dashboard / Get dashboard 0-7 KO", live.lines.get(1));
        assertEquals("user end 450", live.lines.get(42));
    }

    @Test
    void theWholeRunsReading_leavesTheWatchdogScenarioOut() throws IOException {
        SimulationLog decoded = SimulationLogDecoder.decode(writtenLog());
        assertEquals(List.of(SimulationLogWriter.SCENARIO), decoded.scenarios);
        var users = new Lines();
        decoded.replay(users);
        assertEquals(2, users.lines.stream().filter(l -> l.startsWith("user")).count());
    }

    @Test
    void aLogNotWrittenYet_isFoundLater_andHandsOnNothingMeanwhile() throws IOException {
        Path gatling = dir.resolve("gatling");
        Files.createDirectories(gatling);
        assertEquals(java.util.Optional.empty(), LiveLog.find(gatling, "SomeSimulation", 0));
        Path folder = Files.createDirectories(gatling.resolve("somesimulation-20261202031326793"));
        Files.copy(writtenLog(), folder.resolve("simulation.log"));
        assertEquals(
                java.util.Optional.of(folder.resolve("simulation.log")), LiveLog.find(gatling, "SomeSimulation", 0));
    }
}
