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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProspectsApiTest {
    private final StandInServer server = StandInServer.start(StandIns.fast(), StandIns.ACCOUNTS);
    private final ApiClient api = new ApiClient(server.baseUrl());
    private final String ann = api.login(ANN.email(), ANN.password());
    private final String bob = api.login(BOB.email(), BOB.password());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void create_returns201WithLocation_andTheProspectReadsBack() {
        var response = api.post("/prospects", ann, toJson(prospect("Ada", "replied", List.of("loadtest", "run:lt-1"))));

        assertEquals(201, response.statusCode(), response.body());
        JsonNode created = json(response);
        String id = created.path("id").asText();
        assertEquals(
                "/prospects/" + id, response.headers().firstValue("Location").orElseThrow());
        assertEquals("replied", created.path("status").asText());
        assertEquals("manual", created.path("source").asText());
        assertEquals("run:lt-1", created.path("tags").path(1).asText());
        assertTrue(created.path("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
        assertTrue(response.headers().firstValue("Server-Timing").isPresent());

        var read = api.get("/prospects/" + id, ann);
        assertEquals(200, read.statusCode());
        assertEquals(created, json(read));
    }

    @Test
    void create_returns400WithFieldErrors_whenTheBodyBreaksTheRules() {
        var body = new LinkedHashMap<String, Object>(Map.of("firstName", "Ada", "email", "nope", "company", "Acme"));
        body.put("status", "won");

        var response = api.post("/prospects", ann, toJson(body));

        assertError(response, 400, "validation_failed");
        JsonNode fieldErrors = json(response).path("fieldErrors");
        assertEquals("is required", fieldErrors.path("lastName").asText());
        assertEquals("must be a valid email address", fieldErrors.path("email").asText());
        assertTrue(fieldErrors.has("status"));
    }

    @Test
    void create_returns400_whenTheBodyIsNotAnObject() {
        assertError(api.post("/prospects", ann, "[1, 2]"), 400, "validation_failed");
    }

    @Test
    void list_pagesNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            create(ann, prospect("P" + i, "new", List.of()));
        }

        JsonNode page = json(api.get("/prospects?page=2&pageSize=2", ann));

        assertEquals(List.of("P3", "P2"), firstNames(page));
        assertEquals(2, page.path("page").asInt());
        assertEquals(2, page.path("pageSize").asInt());
        assertEquals(5, page.path("total").asInt());
        assertEquals(3, page.path("totalPages").asInt());
        assertEquals(20, json(api.get("/prospects", ann)).path("pageSize").asInt());
    }

    @Test
    void list_filtersByStatusAndByExactTag() {
        create(ann, prospect("A", "new", List.of("loadtest", "run:lt-1")));
        create(ann, prospect("B", "qualified", List.of("loadtest", "run:lt-1")));
        create(ann, prospect("C", "qualified", List.of("loadtest", "run:lt-10")));

        assertEquals(List.of("C", "B"), firstNames(json(api.get("/prospects?status=qualified", ann))));
        assertEquals(List.of("B", "A"), firstNames(json(api.get("/prospects?tag=run:lt-1", ann))));
        assertEquals(List.of("B"), firstNames(json(api.get("/prospects?tag=run%3Alt-1&status=qualified", ann))));
    }

    @Test
    void list_returns400_forABadPageSizeOrStatus() {
        var response = api.get("/prospects?page=0&pageSize=101&status=won", ann);

        assertError(response, 400, "validation_failed");
        assertEquals(3, json(response).path("fieldErrors").size());
    }

    @Test
    void delete_returns204_thenTheProspectIsGone() {
        String id = create(ann, prospect("A", "new", List.of()));

        var deleted = api.delete("/prospects/" + id, ann);

        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.body());
        assertError(api.get("/prospects/" + id, ann), 404, "not_found");
        assertError(api.delete("/prospects/" + id, ann), 404, "not_found");
    }

    @Test
    void anotherUsersProspect_answersLikeAnUnknownOne() {
        String id = create(ann, prospect("A", "new", List.of("run:lt-1")));

        var bobsRead = api.get("/prospects/" + id, bob);
        var unknownRead = api.get("/prospects/00000000-0000-4000-8000-000000000000", bob);

        assertError(bobsRead, 404, "not_found");
        assertEquals(unknownRead.statusCode(), bobsRead.statusCode());
        assertError(api.delete("/prospects/" + id, bob), 404, "not_found");
        assertEquals(0, json(api.get("/prospects", bob)).path("total").asInt());
        assertEquals(
                0, json(api.get("/prospects?tag=run:lt-1", bob)).path("total").asInt());
        assertEquals(
                0,
                json(api.get("/dashboard", bob)).path("prospects").path("total").asInt());
        assertEquals(200, api.get("/prospects/" + id, ann).statusCode());
    }

    static Map<String, Object> prospect(String firstName, String status, List<String> tags) {
        var body = new LinkedHashMap<String, Object>();
        body.put("firstName", firstName);
        body.put("lastName", "Tester");
        body.put("email", firstName.toLowerCase() + ".tester@acme.example.com");
        body.put("company", "Acme");
        body.put("title", "Head of Sales");
        body.put("linkedinUrl", "https://www.linkedin.com/in/" + firstName.toLowerCase() + "-tester-1f2e3d");
        body.put("status", status);
        body.put("tags", tags);
        return body;
    }

    private String create(String token, Map<String, Object> body) {
        var response = api.post("/prospects", token, toJson(body));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }

    private static List<String> firstNames(JsonNode page) {
        var names = new ArrayList<String>();
        page.path("items").forEach(item -> names.add(item.path("firstName").asText()));
        return names;
    }
}
