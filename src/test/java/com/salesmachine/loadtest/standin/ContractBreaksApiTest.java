package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.standin.conformance.ContractBreak;
import com.salesmachine.loadtest.standin.http.EntityTags;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code standin.break} over real HTTP: each broken endpoint keeps its status and deviates as its README row says. */
class ContractBreaksApiTest {
    private StandInServer server;
    private ApiClient api;

    @AfterEach
    void stop() {
        server.close();
    }

    private String start(String breaks) {
        server = StandInServer.start(StandIns.fast().withBreaks(breaks).withEtags(true), StandIns.ACCOUNTS);
        api = new ApiClient(server.baseUrl());
        return api.login(ANN.email(), ANN.password());
    }

    @Test
    void everyBrokenEndpoint_answersItsStatus_withItsOneDeviation() {
        String token = start(ContractBreak.keys());

        var login = api.post("/auth/login", null, toJson(Map.of("email", ANN.email(), "password", ANN.password())));
        assertStatus(login, 200);
        assertTrue(json(login).path("expiresIn").isTextual());

        var created = api.post("/prospects", token, prospectBody());
        assertStatus(created, 201);
        assertFalse(json(created).has("createdAt"));
        String prospect = json(created).path("id").asText();
        assertTrue(json(assertStatus(api.get("/prospects/" + prospect, token), 200))
                .path("tags")
                .isTextual());
        JsonNode prospects = json(assertStatus(api.get("/prospects", token), 200));
        assertFalse(prospects.has("totalPages"));
        assertTrue(prospects.has("total"));

        var campaign = api.post("/campaigns", token, toJson(Map.of("name", "Q4", "subject", "Hello")));
        assertStatus(campaign, 201);
        assertFalse(json(campaign).has("status"));
        String id = json(campaign).path("id").asText();
        assertFalse(json(assertStatus(api.get("/campaigns/" + id, token), 200)).has("prospectIds"));
        assertTrue(json(assertStatus(api.get("/campaigns", token), 200))
                .path("page")
                .isTextual());
        assertFalse(json(assertStatus(api.get("/dashboard", token), 200)).has("generatedAt"));

        var added =
                api.post("/campaigns/" + id + "/prospects", token, toJson(Map.of("prospectIds", List.of(prospect))));
        assertFalse(json(assertStatus(added, 200)).has("tags"));
        assertTrue(json(assertStatus(api.post("/campaigns/" + id + "/send", token, null), 202))
                .path("queued")
                .isTextual());
        assertFalse(json(assertStatus(api.get("/campaigns/" + id + "/queue", token), 200))
                .has("failed"));

        var enrichment = api.post("/prospects/" + prospect + "/enrichment", token, null);
        assertFalse(json(assertStatus(enrichment, 202)).has("requestedAt"));
        JsonNode status = json(assertStatus(api.get("/prospects/" + prospect + "/enrichment", token), 200));
        assertFalse(status.has("enrichmentId"));
        assertEquals("pending", status.path("status").asText());
    }

    @Test
    void onlyTheNamedEndpoints_areBroken_andErrorsNever() {
        String token = start("dashboard");

        JsonNode prospects = json(assertStatus(api.get("/prospects", token), 200));
        var missing = api.get("/prospects/00000000-0000-4000-8000-000000000000", token);

        assertTrue(prospects.has("totalPages"));
        assertFalse(json(api.get("/dashboard", token)).has("generatedAt"));
        assertError(missing, 404, "not_found");
    }

    @Test
    void theETag_isOfTheBrokenBody() {
        String token = start("dashboard");

        var dashboard = api.get("/dashboard", token);

        assertEquals(
                EntityTags.of(dashboard.body().getBytes(StandardCharsets.UTF_8)),
                dashboard.headers().firstValue("ETag").orElseThrow());
    }

    private static HttpResponse<String> assertStatus(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static String prospectBody() {
        return toJson(Map.of(
                "firstName", "Ada",
                "lastName", "Lovelace",
                "email", "ada@acme.example.com",
                "company", "Acme",
                "tags", List.of("loadtest", "run:x")));
    }
}
