package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;
import com.salesmachine.loadtest.standin.workflows.WorkflowConfig;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-in N8N over real HTTP: the scraper webhook, the execution API, the prospect it creates. */
class WorkflowsApiTest {
    private static final String URL = "https://www.linkedin.com/in/grace-hopper-1906";
    private static final String WEBHOOK = WorkflowHandlers.DEFAULT_WEBHOOK_PATH;

    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private StandInServer server;
    private ApiClient api;

    @AfterEach
    void stop() {
        server.close();
    }

    /** Database calls take no time, so only the test's advancing of the fake clock ends executions. */
    private String start(WorkflowConfig workflows) {
        var config = StandIns.fast()
                .withLatencyEverywhere(new LatencyProfile(0, 0, 0))
                .withWorkflows(workflows);
        server = StandInServer.start(config, StandIns.ACCOUNTS, clock, new Random(5), scheduler);
        api = new ApiClient(server.baseUrl());
        return api.login(ANN.email(), ANN.password());
    }

    private static WorkflowConfig quick() {
        return WorkflowConfig.defaults().withExecutionTime(new ExecutionTime(50, 50, 50));
    }

    @Test
    void webhook_answersAtOnceWithAnExecutionId_andTheExecutionEndsInSuccess_withTheProspectFindableByTag() {
        String token = start(quick());

        var triggered = api.post(WEBHOOK, token, scrape(URL, "scrape:lt-1-1"));

        assertEquals(200, triggered.statusCode(), triggered.body());
        String id = json(triggered).path("executionId").asText();
        assertFalse(id.isEmpty());
        assertEquals("running", execution(id).path("status").asText());
        scheduler.advance(Duration.ofMillis(50));
        JsonNode execution = execution(id);
        assertEquals(id, execution.path("id").asText());
        assertEquals("success", execution.path("status").asText());
        assertTrue(execution.path("finished").asBoolean());
        assertEquals("webhook", execution.path("mode").asText());
        Duration ran = Duration.between(
                Instant.parse(execution.path("startedAt").asText()),
                Instant.parse(execution.path("stoppedAt").asText()));
        assertEquals(Duration.ofMillis(50), ran);

        JsonNode page = json(api.get("/prospects?tag=scrape:lt-1-1", token));
        assertEquals(1, page.path("total").asInt());
        assertEquals("linkedin", page.path("items").path(0).path("source").asText());
        assertEquals(URL, page.path("items").path(0).path("linkedinUrl").asText());
    }

    @Test
    void execution_isNewWhileQueued_andRunningOnceItHasASlot() {
        String token = start(WorkflowConfig.defaults()
                .withConcurrency(1)
                .withExecutionTime(new ExecutionTime(60_000, 60_000, 60_000)));

        String first = json(api.post(WEBHOOK, token, scrape(URL, "a")))
                .path("executionId")
                .asText();
        String second = json(api.post(WEBHOOK, token, scrape(URL, "b")))
                .path("executionId")
                .asText();

        JsonNode running = execution(first);
        assertEquals("running", running.path("status").asText());
        assertFalse(running.path("finished").asBoolean());
        assertTrue(running.has("startedAt"));
        assertFalse(running.has("stoppedAt"));
        JsonNode queued = execution(second);
        assertEquals("new", queued.path("status").asText());
        assertFalse(queued.has("startedAt"));
    }

    @Test
    void execution_endsInError_whenTheWorkflowFails_andCreatesNoProspect() {
        String token = start(quick().withFailureRatio(1));

        String id = json(api.post(WEBHOOK, token, scrape(URL, "scrape:x")))
                .path("executionId")
                .asText();

        scheduler.advance(Duration.ofMillis(50));
        JsonNode execution = execution(id);
        assertEquals("error", execution.path("status").asText());
        assertFalse(execution.path("finished").asBoolean());
        assertTrue(execution.has("stoppedAt"));
        assertEquals(
                0, json(api.get("/prospects?tag=scrape:x", token)).path("total").asInt());
    }

    @Test
    void webhook_needsASignedInCaller_andAValidLinkedInUrl() {
        String token = start(quick());

        assertError(api.post(WEBHOOK, null, scrape(URL, "t")), 401, "unauthorized");
        var invalid = api.post(WEBHOOK, token, scrape("https://example.com/in/nope", "t"));
        assertError(invalid, 400, "validation_failed");
        assertTrue(json(invalid).path("fieldErrors").has("linkedinUrl"));
        assertError(api.post("/webhook/unknown-workflow/x", token, scrape(URL, "t")), 404, "not_found");
    }

    @Test
    void executionApi_answers404ForAnUnknownId() {
        start(quick());

        assertError(api.get(WorkflowHandlers.EXECUTIONS_PATH + "/999", null), 404, "not_found");
    }

    @Test
    void executionApi_demandsTheN8nApiKey_whenOneIsConfigured() {
        String token = start(quick().withApiKey("n8n-secret"));
        String id = json(api.post(WEBHOOK, token, scrape(URL, "t")))
                .path("executionId")
                .asText();
        String path = WorkflowHandlers.EXECUTIONS_PATH + "/" + id;

        assertError(api.get(path, null), 401, "unauthorized");
        assertError(api.withHeaders(Map.of("X-N8N-API-KEY", "wrong")).get(path, null), 401, "unauthorized");
        assertEquals(
                200,
                api.withHeaders(Map.of("X-N8N-API-KEY", "n8n-secret"))
                        .get(path, null)
                        .statusCode());
    }

    @Test
    void executionsListing_isNewestFirst_pagedByCursor_withTheWebhookBodyOnlyWhenDataIsAskedFor() {
        String token = start(quick());
        for (String tag : List.of("scrape:a", "scrape:b", "scrape:c")) {
            api.post(WEBHOOK, token, scrape(URL, tag));
        }

        JsonNode first = json(api.get(WorkflowHandlers.EXECUTIONS_PATH + "?limit=2", null));
        JsonNode last = json(api.get(
                WorkflowHandlers.EXECUTIONS_PATH + "?includeData=true&limit=2&cursor="
                        + first.path("nextCursor").asText(),
                null));

        assertEquals(List.of("3", "2"), ids(first));
        assertFalse(first.path("data").path(0).has("data"));
        assertTrue(first.path("nextCursor").isTextual());
        assertEquals(List.of("1"), ids(last));
        assertTrue(last.has("nextCursor") && last.path("nextCursor").isNull());
        JsonNode body = last.path("data").path(0).at("/data/resultData/runData/Webhook/0/data/main/0/0/json/body");
        assertEquals(URL, body.path("linkedinUrl").asText());
        assertEquals("scrape:a", body.path("tags").path(1).asText());
        assertFalse(body.toString().contains(token));
    }

    @Test
    void executionsListing_refusesABadLimitOrCursor() {
        start(quick());

        assertError(api.get(WorkflowHandlers.EXECUTIONS_PATH + "?limit=251", null), 400, "validation_failed");
        assertError(api.get(WorkflowHandlers.EXECUTIONS_PATH + "?cursor=nope", null), 400, "validation_failed");
    }

    @Test
    void delete_answersTheDeletedExecution_thenItIsGone() {
        String token = start(quick());
        String id = json(api.post(WEBHOOK, token, scrape(URL, "t")))
                .path("executionId")
                .asText();
        String path = WorkflowHandlers.EXECUTIONS_PATH + "/" + id;

        var deleted = api.delete(path, null);

        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(id, json(deleted).path("id").asText());
        assertEquals("running", json(deleted).path("status").asText());
        assertError(api.get(path, null), 404, "not_found");
        assertError(api.delete(path, null), 404, "not_found");
        assertEquals(
                0,
                json(api.get(WorkflowHandlers.EXECUTIONS_PATH, null))
                        .path("data")
                        .size());
    }

    @Test
    void listingAndDelete_demandTheN8nApiKey_whenOneIsConfigured() {
        start(quick().withApiKey("n8n-secret"));

        assertError(api.get(WorkflowHandlers.EXECUTIONS_PATH, null), 401, "unauthorized");
        assertError(api.delete(WorkflowHandlers.EXECUTIONS_PATH + "/1", null), 401, "unauthorized");
        assertEquals(
                200,
                api.withHeaders(Map.of("X-N8N-API-KEY", "n8n-secret"))
                        .get(WorkflowHandlers.EXECUTIONS_PATH, null)
                        .statusCode());
    }

    private static List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.path("data").forEach(e -> ids.add(e.path("id").asText()));
        return ids;
    }

    private JsonNode execution(String id) {
        return json(api.get(WorkflowHandlers.EXECUTIONS_PATH + "/" + id, null));
    }

    private static String scrape(String url, String tag) {
        return toJson(Map.of("linkedinUrl", url, "tags", List.of("loadtest", tag)));
    }
}
