package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                "requests=3 ok=2 ko=1 seconds=2.500",
                LogCountCommand.count(SimulationLogDecoder.decode(folder.resolve("simulation.log"))));
    }
}
