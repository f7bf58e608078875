package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static com.salesmachine.loadtest.standin.testing.StandIns.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentConfig;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentHandlers;
import com.salesmachine.loadtest.standin.enrichment.RetryAfterForm;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-in's AI enrichment over real HTTP: trigger, 429 with Retry-After, status, counters. */
class EnrichmentApiTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-02T10:00:00Z"));
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private StandInServer server;
    private ApiClient api;
    private String ann;

    @AfterEach
    void stop() {
        server.close();
    }

    /** A bucket of 60 a minute with a burst of 1; enrichments of exactly 2 s; database calls take no time. */
    private void start(RetryAfterForm form) {
        start(EnrichmentConfig.defaults().withRate(60, 1).withRetryAfter(form));
    }

    private void start(EnrichmentConfig limits) {
        var enrichment = limits.withTime(new ExecutionTime(2000, 2000, 2000));
        var config = StandIns.fast()
                .withLatencyEverywhere(new LatencyProfile(0, 0, 0))
                .withEnrichment(enrichment);
        server = StandInServer.start(config, StandIns.ACCOUNTS, clock, new Random(5), scheduler);
        api = new ApiClient(server.baseUrl());
        ann = api.login(ANN.email(), ANN.password());
    }

    @Test
    void trigger_answers202_andTheEnrichmentCompletesWithItsData() {
        start(RetryAfterForm.SECONDS);
        String id = prospect(ann);

        var triggered = trigger(ann, id);

        assertEquals(202, triggered.statusCode(), triggered.body());
        assertEquals(
                "/prospects/" + id + "/enrichment",
                triggered.headers().firstValue("Location").orElseThrow());
        JsonNode accepted = json(triggered);
        assertEquals("pending", accepted.path("status").asText());
        assertEquals(id, accepted.path("prospectId").asText());
        assertFalse(accepted.path("enrichmentId").asText().isEmpty());
        assertFalse(accepted.has("data"));
        assertEquals("pending", status(ann, id).path("status").asText());

        scheduler.advance(Duration.ofSeconds(2));

        JsonNode done = status(ann, id);
        assertEquals("completed", done.path("status").asText());
        assertEquals(
                accepted.path("enrichmentId").asText(),
                done.path("enrichmentId").asText());
        assertEquals("2026-11-02T10:00:02Z", done.path("completedAt").asText());
        for (String field : new String[] {"companySize", "industry", "seniority", "location", "summary"}) {
            assertFalse(done.path("data").path(field).asText().isEmpty(), field);
        }
        assertEquals("director", done.path("data").path("seniority").asText());
    }

    @Test
    void enrichment_returns429WithRetryAfterInSeconds_whenTheBudgetIsSpent() {
        start(RetryAfterForm.SECONDS);
        trigger(ann, prospect(ann));

        var refused = trigger(ann, prospect(ann));

        assertError(refused, 429, "rate_limited");
        assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void enrichment_returns429WithAnHttpDate_whenThatFormIsSet() {
        start(RetryAfterForm.HTTP_DATE);
        trigger(ann, prospect(ann));
        clock.advance(Duration.ofMillis(300));

        var refused = trigger(ann, prospect(ann));

        assertError(refused, 429, "rate_limited");
        assertEquals(
                "Mon, 02 Nov 2026 10:00:01 GMT",
                refused.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void enrichment_returns429WithoutRetryAfter_whenTheHeaderIsOmitted() {
        start(RetryAfterForm.NONE);
        trigger(ann, prospect(ann));

        var refused = trigger(ann, prospect(ann));

        assertError(refused, 429, "rate_limited");
        assertTrue(refused.headers().firstValue("Retry-After").isEmpty());
    }

    @Test
    void counters_countAcceptedThrottledRetriesAndRetriesSoonerThanAdvised() {
        start(RetryAfterForm.SECONDS);
        trigger(ann, prospect(ann));
        String patient = prospect(ann);
        String hasty = prospect(ann);
        assertEquals(429, trigger(ann, patient).statusCode());
        clock.advance(Duration.ofMillis(500));
        assertEquals(429, trigger(ann, hasty).statusCode());

        clock.advance(Duration.ofMillis(500));
        assertEquals(202, trigger(ann, patient).statusCode());
        assertEquals(429, trigger(ann, hasty).statusCode());

        JsonNode counters = json(api.get(EnrichmentHandlers.COUNTERS_PATH, null));
        assertEquals(2, counters.path("accepted").asLong());
        assertEquals(3, counters.path("throttled").asLong());
        assertEquals(2, counters.path("retries").asLong());
        assertEquals(1, counters.path("earlyRetries").asLong());
        assertEquals(60.0, counters.path("limit").path("perMinute").asDouble());
        assertEquals(1, counters.path("limit").path("burst").asInt());
        assertEquals("seconds", counters.path("limit").path("retryAfter").asText());
        assertEquals("bucket", counters.path("limit").path("limiter").asText());
        assertFalse(counters.path("limit").has("windowMs"));
    }

    @Test
    void aFixedWindow_returns429WithTheSecondsUntilItsResetRoundedDown_andCountsAsTheBucketDoes() {
        start(EnrichmentConfig.defaults().withWindow(2, Duration.ofSeconds(60)));
        clock.advance(Duration.ofMillis(59_400));
        assertEquals(202, trigger(ann, prospect(ann)).statusCode());
        assertEquals(202, trigger(ann, prospect(ann)).statusCode());
        String id = prospect(ann);

        var refused = trigger(ann, id);
        assertError(refused, 429, "rate_limited");
        assertEquals("0", refused.headers().firstValue("Retry-After").orElseThrow());
        var stillRefused = trigger(ann, id);
        clock.advance(Duration.ofMillis(600));
        var accepted = trigger(ann, id);

        assertError(stillRefused, 429, "rate_limited");
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode counters = json(api.get(EnrichmentHandlers.COUNTERS_PATH, null));
        assertEquals(3, counters.path("accepted").asLong());
        assertEquals(2, counters.path("throttled").asLong());
        assertEquals(2, counters.path("retries").asLong());
        assertEquals(0, counters.path("earlyRetries").asLong());
        assertEquals("window", counters.path("limit").path("limiter").asText());
        assertEquals(60_000, counters.path("limit").path("windowMs").asLong());
    }

    @Test
    void aFixedWindow_inAFreshWindow_advisesTheWholeWindowLength() {
        start(EnrichmentConfig.defaults().withWindow(1, Duration.ofSeconds(60)));
        trigger(ann, prospect(ann));

        var refused = trigger(ann, prospect(ann));

        assertEquals("60", refused.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void aSecondTriggerWhilePending_answers409_andNeedsNoToken() {
        start(RetryAfterForm.SECONDS);
        String id = prospect(ann);
        trigger(ann, id);

        assertError(trigger(ann, id), 409, "enrichment_in_progress");
    }

    @Test
    void anotherUsersProspect_answersLikeAnUnknownOne() {
        start(RetryAfterForm.SECONDS);
        String bob = api.login(BOB.email(), BOB.password());
        String annsProspect = prospect(ann);
        trigger(ann, annsProspect);

        assertError(trigger(bob, annsProspect), 404, "not_found");
        assertError(api.get("/prospects/" + annsProspect + "/enrichment", bob), 404, "not_found");
        assertError(trigger(bob, "00000000-0000-4000-8000-000000000000"), 404, "not_found");
        assertError(api.get("/prospects/" + prospect(ann) + "/enrichment", ann), 404, "not_found");
        assertError(trigger(null, annsProspect), 401, "unauthorized");
    }

    private HttpResponse<String> trigger(String token, String prospectId) {
        return api.post("/prospects/" + prospectId + "/enrichment", token, null);
    }

    private JsonNode status(String token, String prospectId) {
        var response = api.get("/prospects/" + prospectId + "/enrichment", token);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private String prospect(String token) {
        var body = Map.of(
                "firstName", "Grace",
                "lastName", "Hopper",
                "email", "grace.hopper@navy.example.com",
                "company", "Navy",
                "title", "Head of Engineering");
        var response = api.post("/prospects", token, toJson(body));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }
}
