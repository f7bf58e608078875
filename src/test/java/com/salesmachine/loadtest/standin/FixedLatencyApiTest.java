package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code standin.fixedLatency} over real HTTP, with the service-time model off: the named endpoint
 * answers no sooner than its delay; another endpoint is not delayed. Only lower bounds are tight, so
 * a busy machine cannot make it fail.
 */
class FixedLatencyApiTest {
    private StandInServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theNamedEndpoint_answersAfterItsFixedLatency_andAnotherIsNotDelayed() {
        server = StandInServer.start(
                StandIns.fast().withLatencyFactor(0).withFixedLatency("dashboard:100"), StandIns.ACCOUNTS);
        var api = new ApiClient(server.baseUrl());
        String token = api.login(ANN.email(), ANN.password());

        for (int i = 0; i < 3; i++) {
            Duration dashboard = timed(() -> api.get("/dashboard", token));
            assertTrue(dashboard.toMillis() >= 100, "dashboard answered in " + dashboard.toMillis() + " ms");
        }
        // The fastest of three: one slow answer on a busy machine is not a delay that every answer has.
        Duration prospects = Duration.ofDays(1);
        for (int i = 0; i < 3; i++) {
            Duration took = timed(() -> api.get("/prospects", token));
            prospects = took.compareTo(prospects) < 0 ? took : prospects;
        }
        assertTrue(prospects.toMillis() < 100, "prospects answered in " + prospects.toMillis() + " ms at best");
    }

    private static Duration timed(Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(200, response.statusCode(), response.body());
        return took;
    }
}
