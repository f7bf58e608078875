package com.salesmachine.loadtest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesmachine.loadtest.config.N8nSettings;
import com.salesmachine.loadtest.testusers.TestUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check the scraping scenario makes once before any load (the seed asks to verify the webhook
 * first): logs in as one test account, triggers one scrape through the webhook and reads that
 * execution back from the execution API, each answer held to the expected shape. Anything else
 * stops the run with one line naming the URL and how it failed. It does not wait for the scrape.
 */
public final class N8nPreflight {
    private static final Logger LOG = LoggerFactory.getLogger(N8nPreflight.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUSES =
            Set.of("new", "running", "success", "error", "waiting", "crashed", "canceled", "unknown");

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Optional<String> apiKey;

    /** {@code apiKey}: the suite's {@code X-API-Key}, sent on every call when set. */
    public N8nPreflight(Optional<String> apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * For a simulation: decides where the workflow is, then checks it once; a bad setting or a
     * failed check ends the run with one line before any load (through {@link SuiteRun#beforeLoad}).
     */
    public static N8nTarget checkedFor(SuiteRun run) {
        return run.beforeLoad(r -> {
            N8nTarget n8n = N8nTarget.resolve(r.settings(), r.target());
            var data = new FakeData(r.settings().seed(), r.runId());
            String body = FakeData.json(data.scrape(data.linkedinUrl(), "scrape:" + r.runId() + "-preflight"));
            URI login = URI.create(r.target().baseUrl() + r.settings().paths().login());
            String id = new N8nPreflight(r.settings().apiKey())
                    .check(n8n, login, r.accounts().get(0), body);
            LOG.info("N8N workflow: {}; preflight triggered execution {} and read it back", n8n.describe(), id);
            return n8n;
        });
    }

    /** Returns the execution id of the one scrape it triggered; throws {@link PreflightException}. */
    public String check(N8nTarget n8n, URI loginUrl, TestUser account, String scrapeBody) {
        String loginBody = FakeData.json(Map.of("email", account.email(), "password", account.password()));
        JsonNode login = send("TEST_USERS_FILE", "POST", loginUrl, loginBody, Map.of(), "{\"token\": ...}");
        String token = login.path("token").asText("");
        if (token.isEmpty()) {
            throw new PreflightException("TEST_USERS_FILE: POST " + loginUrl + " answered no token");
        }

        JsonNode triggered = send(
                "N8N_WEBHOOK_URL",
                "POST",
                n8n.webhook(),
                scrapeBody,
                Map.of("Authorization", "Bearer " + token),
                "{\"executionId\": ...}");
        JsonNode id = triggered.get("executionId");
        if (id == null
                || !(id.isTextual() || id.isIntegralNumber())
                || id.asText().isEmpty()) {
            throw new PreflightException("N8N_WEBHOOK_URL: POST " + n8n.webhook() + " answered " + brief(triggered)
                    + ", expected {\"executionId\": ...}");
        }

        URI executionUrl = n8n.execution(id.asText());
        Map<String, String> headers =
                n8n.apiKey().map(k -> Map.of("X-N8N-API-KEY", k)).orElse(Map.of());
        String expected = "{\"id\", \"finished\": true|false, \"status\"}";
        JsonNode execution = send(N8nSettings.EXECUTIONS_PATH, "GET", executionUrl, null, headers, expected);
        boolean shaped = execution.path("id").asText().equals(id.asText())
                && execution.path("finished").isBoolean()
                && STATUSES.contains(execution.path("status").asText());
        if (!shaped) {
            throw new PreflightException(N8nSettings.EXECUTIONS_PATH + ": GET " + executionUrl + " answered "
                    + brief(execution) + ", expected " + expected);
        }
        return id.asText();
    }

    private JsonNode send(
            String setting, String method, URI url, String body, Map<String, String> headers, String expected) {
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        apiKey.ifPresent(k -> request.header("X-API-Key", k));
        headers.forEach(request::header);
        String call = setting + ": " + method + " " + url;
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new PreflightException(call + " did not answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new PreflightException(call + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PreflightException(call + " was interrupted");
        }
        if (response.statusCode() != 200) {
            String hint = response.statusCode() == 401 && setting.equals(N8nSettings.EXECUTIONS_PATH)
                    ? " (is N8N_API_KEY right?)"
                    : "";
            throw new PreflightException(
                    call + " answered HTTP " + response.statusCode() + ", expected 200 with " + expected + hint);
        }
        try {
            JsonNode json = JSON.readTree(response.body());
            if (json == null || !json.isObject()) {
                throw new IOException("not an object");
            }
            return json;
        } catch (IOException e) {
            throw new PreflightException(call + " did not answer a JSON object, expected " + expected);
        }
    }

    private static String brief(JsonNode json) {
        String text = json.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
