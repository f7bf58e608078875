package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCountCommandTest {
    @TempDir
    Path folder;

    @Test
    void count_isTheRequestsOkAndKo_andTheSpanFromTheFirstStartToTheLastEnd() throws Exception {
        try (var log = SimulationLogWriter.create(folder)) {
            log.userStart(0)
                    .request(List.of("Group"), "A", 100, 150, true, null)
                    .group(List.of("Group"), 100, 150, 50, true)
                    .request(List.of(), "B", 200, 2_600, false, "status.find.is(200), but actually found 500")
                    .request(List.of(), "C", 300, 400, true, null)
                    .userEnd(2_700);
        }
        assertEquals(
                "requests=3 ok=2 ko=1 seconds=2.500 p50=100 p95=2400 p99=2400",
                LogCountCommand.count(SimulationLogDecoder.decode(folder.resolve("simulation.log"))));
    }

    @Test
    void count_readsSeveralLogsTogether_withExactNearestRankPercentilesOfThemAll() throws Exception {
        try (var log = SimulationLogWriter.create(folder.resolve("a"))) {
            for (int i = 1; i <= 50; i++) {
                log.request("R", i * 10, i * 10 + i);
            }
        }
        try (var log = new SimulationLogWriter(
                folder.resolve("b"),
                io.gatling.commons.util.GatlingVersion.ThisVersion().fullVersion(),
                List.of(SimulationLogWriter.SCENARIO),
                SimulationLogWriter.RUN_START + 1_000)) {
            for (int i = 51; i <= 100; i++) {
                log.request("R", i * 10, i * 10 + i);
            }
        }
        // Response times 1 to 100 ms, half in each log: the 50th is 50, the 95th 95, the 99th 99.
        String line = LogCountCommand.count(List.of(
                SimulationLogDecoder.decode(folder.resolve("a/simulation.log")),
                SimulationLogDecoder.decode(folder.resolve("b/simulation.log"))));
        assertEquals("requests=100 ok=100 ko=0", line.substring(0, line.indexOf(" seconds")));
        assertTrue(line.endsWith(" p50=50 p95=95 p99=99"), line);
    }

    @Test
    void aWindow_holdsTheRequestsThatStartedInIt_afterTheLogsFirstStart_withExactPercentiles() throws Exception {
        try (var log = SimulationLogWriter.create(folder.resolve("w"))) {
            log.userStart(0);
            for (int i = 1; i <= 100; i++) {
                log.request("R", i * 100, i * 100 + i);
            }
        }
        var logs = List.of(SimulationLogDecoder.decode(folder.resolve("w/simulation.log")));
        // Starts at 0.1 s to 10 s after the first user's: [2 s, 4 s) holds the 20th to the 39th, 20 to 39 ms.
        assertEquals("windowRequests=20 windowP50=29 windowP95=38 windowP99=39", LogCountCommand.window(logs, 2, 4));
        assertEquals(
                "windowRequests=1 windowP50=100 windowP95=100 windowP99=100",
                LogCountCommand.window(logs, 10, 3_600),
                "a window past the last record ends with it");
    }

    @Test
    void windowValues_areTwoNumbersOfSeconds_theFirstBeforeTheSecond_elseALineNamingWhatIsWrong() {
        assertArrayEquals(new double[] {5, 15.5}, LogCountCommand.windowSeconds("5", "15.5"));
        assertEquals("--window's FROM is 'x', not a number of seconds (0 or more)", refusal("x", "10"));
        assertEquals("--window's TO is '-3', not a number of seconds (0 or more)", refusal("1", "-3"));
        assertEquals("--window's TO is 'Infinity', not a number of seconds (0 or more)", refusal("1", "Infinity"));
        assertEquals("--window's FROM (20 s) must be before its TO (10 s)", refusal("20", "10"));
        assertEquals("--window needs two numbers of seconds, FROM and TO, and got only 5", refusal("5"));
        assertEquals("--window needs two numbers of seconds, FROM and TO, and got none", refusal());
    }

    private static String refusal(String... values) {
        return assertThrows(IllegalArgumentException.class, () -> LogCountCommand.windowSeconds(values))
                .getMessage();
    }
}
