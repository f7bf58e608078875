package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PoolExhaustionTest {
    @Test
    void requests_get503DatabaseUnavailable_whenNoConnectionFreesUpInTime() {
        var config = StandIns.fast()
                .withDbPoolSize(1)
                .withDbPoolTimeout(Duration.ofMillis(50))
                .withLatency(Operation.DASHBOARD, new LatencyProfile(800, 800, 0));
        try (var server = StandInServer.start(config, StandIns.ACCOUNTS)) {
            var api = new ApiClient(server.baseUrl());
            String token = api.login(ANN.email(), ANN.password());

            List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 4)
                    .mapToObj(i -> api.sendAsync("GET", "/dashboard", token, null))
                    .toList();
            List<HttpResponse<String>> responses =
                    sent.stream().map(CompletableFuture::join).toList();

            var ok = responses.stream().filter(r -> r.statusCode() == 200).toList();
            var unavailable =
                    responses.stream().filter(r -> r.statusCode() == 503).toList();
            assertEquals(responses.size(), ok.size() + unavailable.size(), "only 200 or 503");
            assertFalse(ok.isEmpty(), "one request holds the only connection");
            assertFalse(unavailable.isEmpty(), "requests waiting past 50 ms give up");
            var rejected = unavailable.get(0);
            assertEquals("database_unavailable", json(rejected).path("error").asText());
            assertEquals(
                    "db;dur=0.0, pool;dur=50.0",
                    rejected.headers().firstValue("Server-Timing").orElseThrow());
            assertTrue(ok.get(0)
                    .headers()
                    .firstValue("Server-Timing")
                    .orElseThrow()
                    .startsWith("db;dur=800.0"));
        }
    }
}
