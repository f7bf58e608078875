package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The queue store's Upstash-compatible REST subset, over real HTTP. */
class UpstashApiTest {
    private static final String TOKEN = "redis-token-for-tests";

    private final StandInServer server = StandInServer.start(
            StandIns.fast()
                    .withApiKey("api-key-not-for-redis")
                    .withEmailQueue(StandIns.fast().emailQueue().withRedisToken(TOKEN)),
            StandIns.ACCOUNTS);
    private final ApiClient redis = new ApiClient(server.upstashRestUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void commandInPath_runsTheCommand_andAnswersItsResult() {
        assertEquals(
                "http://127.0.0.1:" + server.port() + "/upstash",
                server.upstashRestUrl().toString());
        assertEquals(TOKEN, server.upstashRestToken());

        assertResult("1", redis.get("/upstash/lpush/loadtest:lt-1:probe/first", TOKEN));
        assertResult("2", redis.get("/upstash/LPUSH/loadtest:lt-1:probe/second", TOKEN));
        assertResult("2", redis.get("/upstash/llen/loadtest:lt-1:probe", TOKEN));
        assertResult("[\"second\",\"first\"]", redis.get("/upstash/lrange/loadtest:lt-1:probe/0/-1", TOKEN));
        assertResult("\"first\"", redis.get("/upstash/rpop/loadtest:lt-1:probe", TOKEN));
        assertResult("1", redis.get("/upstash/del/loadtest:lt-1:probe", TOKEN));
        assertResult("null", redis.get("/upstash/rpop/loadtest:lt-1:probe", TOKEN));
    }

    @Test
    void aPostBody_isTheLastArgument_andPathSegmentsArePercentDecoded() {
        var pushed = redis.post("/upstash/rpush/k%3Aspaced", TOKEN, "{\"emailId\": \"a/b c+d\"}");

        assertResult("1", pushed);
        assertResult("[\"{\\\"emailId\\\": \\\"a/b c+d\\\"}\"]", redis.get("/upstash/lrange/k:spaced/0/0", TOKEN));
        assertResult("\"hello world\"", redis.get("/upstash/ping/hello%20world", TOKEN));
    }

    @Test
    void theTokenMayComeAsTheUnderscoreTokenParameter_andNoApiKeyIsAsked() {
        assertResult("\"PONG\"", redis.get("/upstash/ping?_token=" + TOKEN, null));
    }

    @Test
    void aMissingOrWrongToken_is401() {
        var missing = redis.get("/upstash/ping", null);
        var wrong = redis.get("/upstash/ping", "not-the-token");

        assertEquals(401, missing.statusCode());
        assertEquals("Unauthorized", json(missing).path("error").asText());
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void aCommandRedisRefuses_is400WithRedissError() {
        var response = redis.get("/upstash/lpush/only-a-key", TOKEN);

        assertEquals(400, response.statusCode());
        assertEquals(
                "ERR wrong number of arguments for 'lpush' command",
                json(response).path("error").asText());
        assertEquals(
                "ERR unknown command 'flushall'",
                json(redis.get("/upstash/flushall", TOKEN)).path("error").asText());
    }

    @Test
    void theApi_stillDemandsItsKey() {
        var api = new ApiClient(server.baseUrl());
        assertEquals(401, api.post("/auth/login", null, "{}").statusCode());
        var withKey = api.withHeaders(Map.of("X-API-Key", "api-key-not-for-redis"));
        assertTrue(withKey.login(StandIns.ANN.email(), StandIns.ANN.password()).length() > 10);
    }

    private static void assertResult(String expectedJson, java.net.http.HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"result\":" + expectedJson + "}", response.body());
    }
}
