package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code standin.splitServerTiming} over real HTTP: each entry on a Server-Timing line of its own. */
class SplitServerTimingApiTest {
    private StandInServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> serverTimingOfTheDashboard(boolean split) {
        var config = StandIns.fast()
                .withLatencyEverywhere(new LatencyProfile(0, 0, 0))
                .withSplitServerTiming(split);
        server = StandInServer.start(config, StandIns.ACCOUNTS);
        var api = new ApiClient(server.baseUrl());
        var answer = api.get("/dashboard", api.login(ANN.email(), ANN.password()));
        assertEquals(200, answer.statusCode());
        return answer.headers().allValues("Server-Timing");
    }

    @Test
    void split_putsEachEntryOnALineOfItsOwn_withTheSameEntriesAsOneLine() {
        List<String> lines = serverTimingOfTheDashboard(true);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("db;dur="), lines.toString());
        assertTrue(lines.get(1).startsWith("pool;dur="), lines.toString());
    }

    @Test
    void byDefault_theEntriesShareOneLine() {
        List<String> lines = serverTimingOfTheDashboard(false);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("db;dur=[0-9.]+, pool;dur=[0-9.]+"), lines.get(0));
    }
}
