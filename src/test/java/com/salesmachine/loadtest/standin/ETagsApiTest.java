package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code standin.etags} over real HTTP: ETags on JSON answers to GET, 304 for a matching If-None-Match. */
class ETagsApiTest {
    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private StandInServer server;
    private ApiClient api;
    private String token;

    @AfterEach
    void stop() {
        server.close();
    }

    /** Nothing moves unless the test advances the fake clock, so a body stays the same between two GETs. */
    private void start(boolean etags) {
        var config = StandIns.fast()
                .withLatencyEverywhere(new LatencyProfile(0, 0, 0))
                .withEtags(etags);
        server = StandInServer.start(config, StandIns.ACCOUNTS, clock, new Random(5), scheduler);
        api = new ApiClient(server.baseUrl());
        token = api.login(ANN.email(), ANN.password());
    }

    @Test
    void aJsonGet_carriesAStrongETag_andTheSameGetWithItInIfNoneMatch_answers304WithoutABody() {
        start(true);
        String path = "/prospects/" + prospect();

        var first = api.get(path, token);
        String tag = etag(first);
        var again = ifNoneMatch(tag).get(path, token);

        assertEquals(200, first.statusCode());
        assertTrue(tag.matches("\"[^\"]+\""), tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag, etag(again));
        assertTrue(again.headers().firstValue("Content-Type").isEmpty());
    }

    @Test
    void ifNoneMatch_comparesWeakly_acceptsAStarAndLists_andAnswers200ForOtherTags() {
        start(true);
        String tag = etag(api.get("/dashboard", token));

        assertEquals(304, ifNoneMatch("W/" + tag).get("/dashboard", token).statusCode());
        assertEquals(304, ifNoneMatch("*").get("/dashboard", token).statusCode());
        assertEquals(
                304, ifNoneMatch("\"stale\", " + tag).get("/dashboard", token).statusCode());
        var other = ifNoneMatch("\"stale\"").get("/dashboard", token);
        assertEquals(200, other.statusCode());
        assertEquals(tag, etag(other));
    }

    @Test
    void aChangedResource_getsANewTag_soTheOldOneNoLongerMatches() {
        start(true);
        String before = etag(api.get("/prospects", token));
        prospect();

        var after = ifNoneMatch(before).get("/prospects", token);

        assertEquals(200, after.statusCode());
        assertNotEquals(before, etag(after));
        assertEquals(1, json(after).path("total").asInt());
    }

    @Test
    void theN8nExecutionApi_carriesETagsToo() {
        start(true);
        String id = json(api.post(
                        WorkflowHandlers.DEFAULT_WEBHOOK_PATH,
                        token,
                        toJson(Map.of(
                                "linkedinUrl", "https://www.linkedin.com/in/ada-lovelace", "tags", List.of("t")))))
                .path("executionId")
                .asText();
        String path = WorkflowHandlers.EXECUTIONS_PATH + "/" + id;

        String tag = etag(api.get(path, null));

        assertEquals(304, ifNoneMatch(tag).get(path, null).statusCode());
    }

    @Test
    void writesErrorsAndTheStandInsOwnEndpoints_carryNoETag() {
        start(true);

        var created = api.post("/prospects", token, prospectBody());
        var missing = api.get("/prospects/00000000-0000-4000-8000-000000000000", token);
        var counters = api.get("/_standin/enrichment/counters", null);

        assertEquals(201, created.statusCode());
        assertTrue(created.headers().firstValue("ETag").isEmpty());
        assertError(missing, 404, "not_found");
        assertTrue(missing.headers().firstValue("ETag").isEmpty());
        assertEquals(200, counters.statusCode());
        assertTrue(counters.headers().firstValue("ETag").isEmpty());
    }

    @Test
    void byDefault_noGetCarriesAnETag_andIfNoneMatchIsIgnored() {
        start(false);

        var answer = ifNoneMatch("*").get("/dashboard", token);

        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("ETag").isEmpty());
    }

    private ApiClient ifNoneMatch(String value) {
        return api.withHeaders(Map.of("If-None-Match", value));
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    private String prospect() {
        var response = api.post("/prospects", token, prospectBody());
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }

    private static String prospectBody() {
        return toJson(Map.of(
                "firstName", "Grace", "lastName", "Hopper", "email", "grace@navy.example.com", "company", "Navy"));
    }
}
