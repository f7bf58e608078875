package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;
import com.salesmachine.loadtest.standin.workflows.N8nFlavor;
import com.salesmachine.loadtest.standin.workflows.WorkflowConfig;
import com.salesmachine.loadtest.standin.workflows.WorkflowEngine;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code standin.n8nFlavor=n8n} over real HTTP: the stand-in's N8N behaving as a real self-hosted one. */
class N8nFlavorApiTest {
    private static final String URL = "https://www.linkedin.com/in/grace-hopper-1906";
    private static final String WEBHOOK = WorkflowHandlers.DEFAULT_WEBHOOK_PATH;
    private static final String EXECUTIONS = WorkflowHandlers.EXECUTIONS_PATH;

    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private StandInServer server;
    private ApiClient api;
    private String token;

    @AfterEach
    void stop() {
        server.close();
    }

    /** Executions of exactly {@code ms} on {@code slots} slots; database calls take no time. */
    private void start(int slots, long ms) {
        var workflows = WorkflowConfig.defaults()
                .withFlavor(N8nFlavor.N8N)
                .withConcurrency(slots)
                .withExecutionTime(new ExecutionTime(ms, ms, ms));
        var config = StandIns.fast()
                .withLatencyEverywhere(new LatencyProfile(0, 0, 0))
                .withWorkflows(workflows);
        server = StandInServer.start(config, StandIns.ACCOUNTS, clock, new Random(5), scheduler);
        api = new ApiClient(server.baseUrl());
        token = api.login(ANN.email(), ANN.password());
    }

    @Test
    void aRunningExecution_hasEveryFieldOfARealN8n_nullWhenUnset() {
        start(10, 1000);
        String id = trigger("t");

        JsonNode running = execution(id);

        assertEquals("running", running.path("status").asText());
        assertTrue(running.path("id").isTextual());
        for (String field : List.of("stoppedAt", "retryOf", "retrySuccessId", "waitTill")) {
            assertTrue(running.has(field) && running.path(field).isNull(), field + ": " + running);
        }
        assertEquals("webhook", running.path("mode").asText());
        assertEquals(WorkflowEngine.WORKFLOW_ID, running.path("workflowId").asText());
        assertEquals(clock.instant(), Instant.parse(running.path("createdAt").asText()));
        assertEquals(clock.instant(), Instant.parse(running.path("startedAt").asText()));
        assertFalse(running.has("data"));

        scheduler.advance(Duration.ofMillis(1000));
        JsonNode done = execution(id);
        assertEquals("success", done.path("status").asText());
        assertTrue(done.path("finished").asBoolean());
        assertTrue(done.path("stoppedAt").isTextual());
    }

    @Test
    void ids_areNumbersWrittenAsStrings_increasingWithGaps() {
        start(100, 1000);
        long previous = 0;
        boolean gap = false;

        for (int i = 0; i < 20; i++) {
            long id = Long.parseLong(trigger("t"));
            assertTrue(id > previous && id <= previous + 3, id + " after " + previous);
            gap |= id > previous + 1;
            previous = id;
        }

        assertTrue(gap);
    }

    @Test
    void aNonNumericId_answers400_andAnUnknownNumber404_withN8nsMessageBody() {
        start(10, 1000);

        var notANumber = api.get(EXECUTIONS + "/abc", null);
        var unknown = api.get(EXECUTIONS + "/999", null);
        var deleteNotANumber = api.delete(EXECUTIONS + "/abc", null);

        assertMessage(notANumber, 400, "request/params/id must be number");
        assertMessage(unknown, 404, "Not Found");
        assertMessage(deleteNotANumber, 400, "request/params/id must be number");
    }

    @Test
    void aWebhookBodyThatIsNotJson_answers422() {
        start(10, 1000);

        var answer = api.post(WEBHOOK, token, "{\"linkedinUrl\": ");

        assertMessage(answer, 422, "The request body is not valid JSON");
    }

    @Test
    void whenEverySlotIsBusy_theWebhookAnswersOnlyOnceASlotFrees_withAnExecutionAlreadyRunning() throws Exception {
        start(1, 1000);
        trigger("first");

        CompletableFuture<HttpResponse<String>> second = api.sendAsync("POST", WEBHOOK, token, scrape("second"));

        assertThrows(TimeoutException.class, () -> second.get(500, TimeUnit.MILLISECONDS));
        assertEquals(1, json(api.get(EXECUTIONS, null)).path("data").size());
        scheduler.advance(Duration.ofMillis(1000));
        var answered = second.get(5, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode(), answered.body());
        JsonNode execution = execution(json(answered).path("executionId").asText());
        assertEquals("running", execution.path("status").asText());
        assertEquals(
                Duration.ofMillis(1000),
                Duration.between(
                        Instant.parse(execution.path("createdAt").asText()),
                        Instant.parse(execution.path("startedAt").asText())));
    }

    @Test
    void aWebhookWaitingForASlot_answers503AfterTheAnswerWait() throws Exception {
        start(1, 3_600_000);
        trigger("first");
        CompletableFuture<HttpResponse<String>> second = api.sendAsync("POST", WEBHOOK, token, scrape("second"));
        assertThrows(TimeoutException.class, () -> second.get(500, TimeUnit.MILLISECONDS));

        scheduler.advance(WorkflowEngine.ANSWER_WAIT);

        assertMessage(
                second.get(5, TimeUnit.SECONDS),
                503,
                "No execution slot freed within 60 s; the execution was not started");
    }

    @Test
    void close_endsPromptly_whileAWebhookWaitsForASlot() {
        start(1, 3_600_000);
        trigger("first");
        CompletableFuture<HttpResponse<String>> second = api.sendAsync("POST", WEBHOOK, token, scrape("second"));
        assertThrows(TimeoutException.class, () -> second.get(500, TimeUnit.MILLISECONDS));
        long before = System.nanoTime();

        server.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - before).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void theListingWithData_carriesTheWebhooksHeaders_bearerTokenIncluded_asARealN8nStoresThem() {
        start(10, 1000);
        String id = trigger("scrape:x");

        JsonNode listed = json(api.get(EXECUTIONS + "?includeData=true", null))
                .path("data")
                .path(0);
        JsonNode received = listed.at("/data/resultData/runData/Webhook/0/data/main/0/0/json");

        assertEquals(id, listed.path("id").asText());
        assertEquals(
                "Bearer " + token,
                received.path("headers").path("authorization").asText());
        assertEquals("scrape:x", received.path("body").path("tags").path(1).asText());
        assertEquals(200, api.delete(EXECUTIONS + "/" + id, null).statusCode());
        assertMessage(api.get(EXECUTIONS + "/" + id, null), 404, "Not Found");
    }

    @Test
    void theExecutionApi_answers401WithN8nsMessages_whenItHasAKey() {
        var workflows = WorkflowConfig.defaults().withFlavor(N8nFlavor.N8N).withApiKey("n8n-secret");
        server = StandInServer.start(
                StandIns.fast().withWorkflows(workflows), StandIns.ACCOUNTS, clock, new Random(5), scheduler);
        api = new ApiClient(server.baseUrl());

        assertMessage(api.get(EXECUTIONS + "/1", null), 401, "'X-N8N-API-KEY' header required");
        assertMessage(api.withHeaders(Map.of("X-N8N-API-KEY", "wrong")).get(EXECUTIONS, null), 401, "unauthorized");
    }

    private String trigger(String tag) {
        var answer = api.post(WEBHOOK, token, scrape(tag));
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer).path("executionId").asText();
    }

    private JsonNode execution(String id) {
        var answer = api.get(EXECUTIONS + "/" + id, null);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer);
    }

    private static String scrape(String tag) {
        return toJson(Map.of("linkedinUrl", URL, "tags", List.of("loadtest", tag)));
    }

    /** N8N's error body: the message and nothing else. */
    private static void assertMessage(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Map.of("message", message), toMap(json(response)), response.body());
    }

    private static Map<String, String> toMap(JsonNode node) {
        var map = new HashMap<String, String>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
