package com.salesmachine.loadtest.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentConfig;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.testing.TestOutbound;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 429 reconciliation against a real stand-in: it records what the stand-in served between start and end. */
class RateLimitReconciliationTest {
    private final StandInServer server = StandInServer.start(
            StandIns.fast().withEnrichment(EnrichmentConfig.defaults().withRate(50, 1)), StandIns.ACCOUNTS);
    private final ApiClient api = new ApiClient(server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void atEnd_recordsWhatTheStandInServedSinceTheStart_besideTheSuitesOwnCount() {
        String token = api.login(StandIns.ANN.email(), StandIns.ANN.password());
        trigger(token, prospect(token));
        trigger(token, prospect(token));
        var reconciliation = new RateLimitReconciliation(server.baseUrl(), TestOutbound.plain());
        reconciliation.atStart();

        String throttled = prospect(token);
        assertEquals(429, trigger(token, throttled));
        assertEquals(429, trigger(token, throttled));
        var metrics = new RunMetrics();
        metrics.count(RateLimited.THROTTLED, 2);
        reconciliation.atEnd(metrics);

        assertEquals(0, RateLimitReconciliation.counter(metrics, RateLimitReconciliation.SERVED_202));
        assertEquals(2, RateLimitReconciliation.counter(metrics, RateLimitReconciliation.SERVED_429));
        assertEquals(1, RateLimitReconciliation.counter(metrics, RateLimitReconciliation.RETRIES));
        assertEquals(1, RateLimitReconciliation.counter(metrics, RateLimitReconciliation.EARLY_RETRIES));
    }

    @Test
    void aTargetWithoutCounters_recordsNothing() {
        var reconciliation =
                new RateLimitReconciliation(server.baseUrl().resolve("/no-such-api"), TestOutbound.plain());
        reconciliation.atStart();
        var metrics = new RunMetrics();

        reconciliation.atEnd(metrics);

        assertEquals(0, metrics.snapshot().counters().size());
    }

    private int trigger(String token, String prospectId) {
        return api.post("/prospects/" + prospectId + "/enrichment", token, null).statusCode();
    }

    private String prospect(String token) {
        var body = Map.of("firstName", "Ada", "lastName", "Byron", "email", "ada@acme.example.com", "company", "Acme");
        return ApiClient.json(api.post("/prospects", token, ApiClient.toJson(body)))
                .path("id")
                .asText();
    }
}
