package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.standin.database.ExecutorScheduler;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenExpiryApiTest {
    @Test
    void token_stopsWorking_whenTheInjectedClockPassesItsTimeToLive() {
        var clock = new FakeClock();
        var config = StandIns.fast().withTokenTtl(Duration.ofMinutes(10));
        try (var scheduler = new ExecutorScheduler(1);
                var server = StandInServer.start(config, StandIns.ACCOUNTS, clock, new Random(1), scheduler)) {
            var api = new ApiClient(server.baseUrl());
            String token = api.login(ANN.email(), ANN.password());
            assertEquals(200, api.get("/dashboard", token).statusCode());

            clock.advance(Duration.ofMinutes(10));

            assertError(api.get("/dashboard", token), 401, "unauthorized");
        }
    }
}
