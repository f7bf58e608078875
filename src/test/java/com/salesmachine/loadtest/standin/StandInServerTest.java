package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StandInServerTest {
    private final StandInServer server = StandInServer.start(StandIns.fast(), StandIns.ACCOUNTS);
    private final ApiClient api = new ApiClient(server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void start_bindsLoopbackOnAFreePort() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port(), server.baseUrl().toString());
    }

    @Test
    void health_answersOk_withoutAToken() {
        var response = api.get("/health", null);

        assertEquals(200, response.statusCode());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("ok", json(response).path("status").asText());
        assertEquals("stand-in", json(response).path("environment").asText());
        assertFalse(json(response).path("version").asText().isEmpty());
    }

    @Test
    void login_returnsABearerToken_whenTheCredentialsAreRight() {
        var response = api.post("/auth/login", null, toJson(Map.of("email", ANN.email(), "password", ANN.password())));

        assertEquals(200, response.statusCode());
        var body = json(response);
        assertEquals("Bearer", body.path("tokenType").asText());
        assertEquals(3600, body.path("expiresIn").asInt());
        assertFalse(body.path("token").asText().isEmpty());
        assertEquals(ANN.email(), body.path("user").path("email").asText());
        assertFalse(body.path("user").path("id").asText().isEmpty());
        assertTrue(response.headers()
                .firstValue("Server-Timing")
                .orElseThrow()
                .matches("db;dur=\\d+\\.\\d, pool;dur=\\d+\\.\\d"));
    }

    @Test
    void login_returns401_whenPasswordIsWrong() {
        var response = api.post("/auth/login", null, toJson(Map.of("email", ANN.email(), "password", "guess")));

        assertError(response, 401, "invalid_credentials");
    }

    @Test
    void login_returns400WithFieldErrors_whenFieldsAreMissing() {
        var response = api.post("/auth/login", null, toJson(Map.of("email", ANN.email())));

        assertError(response, 400, "validation_failed");
        assertEquals(
                "is required",
                json(response).path("fieldErrors").path("password").asText());
    }

    @Test
    void malformedJson_returns400ValidationFailed_withoutAStackTrace() {
        var response = api.post("/auth/login", null, "{\"email\": ");

        assertError(response, 400, "validation_failed");
        assertEquals(
                "is not valid JSON",
                json(response).path("fieldErrors").path("body").asText());
        assertFalse(response.body().contains("at com."), response.body());
    }

    @Test
    void protectedEndpoints_return401_withoutAToken() {
        for (String path : new String[] {"/prospects", "/prospects/x", "/campaigns", "/campaigns/x", "/dashboard"}) {
            assertError(api.get(path, null), 401, "unauthorized");
        }
        assertError(api.post("/prospects", null, "{}"), 401, "unauthorized");
        assertError(api.delete("/campaigns/x", null), 401, "unauthorized");
    }

    @Test
    void protectedEndpoints_return401_withAnUnknownToken() {
        var response = api.get("/dashboard", "not-a-real-token");

        assertError(response, 401, "unauthorized");
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void unknownRoute_returns404WithAJsonErrorBody() {
        assertError(api.get("/nowhere", null), 404, "not_found");
        assertError(api.send("PUT", "/prospects", null, "{}"), 404, "not_found");
    }

    @Test
    void close_canBeCalledTwice() {
        server.close();
        server.close();
    }

    static void assertError(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, json(response).path("error").asText(), response.body());
        assertFalse(json(response).path("message").asText().isEmpty(), response.body());
    }
}
