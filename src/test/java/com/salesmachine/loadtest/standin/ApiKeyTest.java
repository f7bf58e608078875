package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private final StandInServer server = StandInServer.start(StandIns.fast().withApiKey("k-123"), StandIns.ACCOUNTS);
    private final ApiClient api = new ApiClient(server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyRequest_returns401InvalidApiKey_withoutTheKey() {
        String login = toJson(Map.of("email", ANN.email(), "password", ANN.password()));

        assertError(api.post("/auth/login", null, login), 401, "invalid_api_key");
        assertError(api.get("/prospects", null), 401, "invalid_api_key");
        assertError(api.get("/nowhere", null), 401, "invalid_api_key");
    }

    @Test
    void requests_return401InvalidApiKey_withAWrongKey() {
        var wrongKey = api.withHeaders(Map.of("X-API-Key", "k-124"));

        assertError(wrongKey.get("/dashboard", null), 401, "invalid_api_key");
    }

    @Test
    void requests_pass_withTheRightKey() {
        var keyed = api.withHeaders(Map.of("X-API-Key", "k-123"));
        String token = keyed.login(ANN.email(), ANN.password());

        assertEquals(200, keyed.get("/dashboard", token).statusCode());
    }

    @Test
    void health_staysOpen_withoutTheKey() {
        assertEquals(200, api.get("/health", null).statusCode());
    }
}
