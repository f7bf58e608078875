package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static com.salesmachine.loadtest.standin.testing.StandIns.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CampaignsApiTest {
    private final StandInServer server = StandInServer.start(StandIns.fast(), StandIns.ACCOUNTS);
    private final ApiClient api = new ApiClient(server.baseUrl());
    private final String ann = api.login(ANN.email(), ANN.password());
    private final String bob = api.login(BOB.email(), BOB.password());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void create_returns201WithLocation_asADraftNamingTheProspects() {
        String prospect = createProspect(ann);

        var response =
                api.post("/campaigns", ann, toJson(campaign(List.of(prospect), List.of("loadtest", "run:lt-1"))));

        assertEquals(201, response.statusCode(), response.body());
        JsonNode created = json(response);
        assertEquals(
                "/campaigns/" + created.path("id").asText(),
                response.headers().firstValue("Location").orElseThrow());
        assertEquals("draft", created.path("status").asText());
        assertEquals(prospect, created.path("prospectIds").path(0).asText());
        assertEquals("Hello there", created.path("body").asText());
        assertTrue(created.has("createdAt"));
        assertEquals(created, json(api.get("/campaigns/" + created.path("id").asText(), ann)));
    }

    @Test
    void create_returns400WithFieldErrors_whenNameAndSubjectAreMissing() {
        var response = api.post("/campaigns", ann, toJson(Map.of("body", "text", "tags", List.of("x".repeat(65)))));

        assertError(response, 400, "validation_failed");
        JsonNode fieldErrors = json(response).path("fieldErrors");
        assertEquals("is required", fieldErrors.path("name").asText());
        assertEquals("is required", fieldErrors.path("subject").asText());
        assertTrue(fieldErrors.has("tags"));
    }

    @Test
    void create_returns400_whenAProspectIsSomeoneElses() {
        String bobsProspect = createProspect(bob);

        var response = api.post("/campaigns", ann, toJson(campaign(List.of(bobsProspect), List.of())));

        assertError(response, 400, "validation_failed");
        assertTrue(
                json(response).path("fieldErrors").path("prospectIds").asText().contains(bobsProspect));
    }

    @Test
    void list_filtersByTag_andDeleteRemovesTheCampaign() {
        String first = createCampaign(ann, List.of("run:lt-1"));
        createCampaign(ann, List.of("run:lt-2"));

        JsonNode tagged = json(api.get("/campaigns?tag=run:lt-1&status=draft", ann));
        assertEquals(1, tagged.path("total").asInt());
        assertEquals(first, tagged.path("items").path(0).path("id").asText());

        assertEquals(204, api.delete("/campaigns/" + first, ann).statusCode());
        assertError(api.get("/campaigns/" + first, ann), 404, "not_found");
        assertEquals(1, json(api.get("/campaigns", ann)).path("total").asInt());
        assertError(api.get("/campaigns?status=sent", ann), 400, "validation_failed");
    }

    @Test
    void anotherUsersCampaign_isNotFound() {
        String id = createCampaign(ann, List.of());

        assertError(api.get("/campaigns/" + id, bob), 404, "not_found");
        assertError(api.delete("/campaigns/" + id, bob), 404, "not_found");
        assertEquals(0, json(api.get("/campaigns", bob)).path("total").asInt());
    }

    @Test
    void dashboard_countsTheCallersOwnDataByStatus() {
        createProspect(ann);
        createProspect(ann);
        createCampaign(ann, List.of());
        createProspect(bob);

        var response = api.get("/dashboard", ann);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Server-Timing").isPresent());
        JsonNode dashboard = json(response);
        assertEquals(2, dashboard.path("prospects").path("total").asInt());
        assertEquals(
                2,
                dashboard.path("prospects").path("byStatus").path("contacted").asInt());
        assertEquals(0, dashboard.path("prospects").path("byStatus").path("new").asInt());
        assertEquals(1, dashboard.path("campaigns").path("total").asInt());
        assertEquals(
                1, dashboard.path("campaigns").path("byStatus").path("draft").asInt());
        assertTrue(dashboard.has("generatedAt"));
        assertEquals(
                1,
                json(api.get("/dashboard", bob)).path("prospects").path("total").asInt());
    }

    private String createProspect(String token) {
        var response = api.post("/prospects", token, toJson(ProspectsApiTest.prospect("Ada", "contacted", List.of())));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }

    private String createCampaign(String token, List<String> tags) {
        var response = api.post("/campaigns", token, toJson(campaign(List.of(), tags)));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }

    private static Map<String, Object> campaign(List<String> prospectIds, List<String> tags) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Load test: Sleek Granite Chair");
        body.put("subject", "A better way to buy chairs");
        body.put("body", "Hello there");
        body.put("prospectIds", prospectIds);
        body.put("tags", tags);
        return body;
    }
}
