package com.salesmachine.loadtest.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.N8nSettings;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.data.RunId;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.preflight.N8nTarget;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.testusers.TestUser;
import com.salesmachine.loadtest.testusers.TestUsersFile;
import com.salesmachine.loadtest.testusers.TestUsersFileException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Command that deletes everything one run created, through the API (any API that implements
 * docs/API-CONTRACT.md): {@code ./mvnw -q test-compile exec:java@cleanup -DrunId=lt-...}.
 */
public final class CleanupRun {
    /** A run creates far fewer pages than this; more means the API is not deleting. */
    private static final int MAX_PAGES_PER_AREA = 10_000;

    /** Executions a page when listing N8N's (its API allows up to 250). */
    static final int EXECUTIONS_PAGE = 100;

    private int executionsPage = EXECUTIONS_PAGE;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbound outbound;
    private final URI baseUrl;
    private final ApiPaths paths;

    CleanupRun(URI baseUrl, Outbound outbound, ApiPaths paths) {
        this.baseUrl = baseUrl;
        this.outbound = outbound;
        this.paths = paths;
    }

    public static void main(String[] args) {
        try {
            var source = SettingSource.fromSystem();
            Settings settings = Settings.load(source);
            String runId = source.raw("runId")
                    .orElseThrow(
                            () -> new SettingException(
                                    "runId",
                                    "not set; give the run id printed at the start of a run, e.g. -DrunId=lt-20261122-163000-7f3a"));
            if (!RunId.isValid(runId)) {
                throw new SettingException(
                        "runId", "'" + runId + "' is not a run id; expected lt-yyyyMMdd-HHmmss-xxxx");
            }
            URI baseUrl = settings.apiBaseUrl()
                    .orElseThrow(
                            () -> new SettingException(
                                    "API_BASE_URL",
                                    "not set; cleanup talks to an API you started (a stand-in started with exec:java@stand-in, or staging)"));
            List<TestUser> accounts = TestUsersFile.read(settings.testUsersFile());
            var guard = new ProductionGuard(settings.productionHosts(), settings.allowProduction());
            var outbound = new Outbound(guard, settings.apiKey(), Duration.ofSeconds(10));
            var cleanup = new CleanupRun(baseUrl, outbound, settings.paths());
            int[] deleted = cleanup.deleteRun(runId, accounts);
            System.out.printf(
                    "Run %s: deleted %d campaigns and %d prospects for %d accounts%n",
                    runId, deleted[0], deleted[1], accounts.size());
            if (settings.n8nWebhookUrl().isPresent()) {
                N8nTarget n8n = N8nTarget.resolve(settings, baseUrl, false);
                n8n.checkWith(guard);
                int executions = cleanup.deleteExecutions(runId, n8n);
                System.out.printf(
                        "Run %s: deleted %d N8N executions (N8N keeps each execution's request, bearer token"
                                + " included)%n",
                        runId, executions);
            } else {
                System.out.printf(
                        "Run %s: N8N executions not deleted (set N8N_WEBHOOK_URL and N8N_API_KEY to delete them)%n",
                        runId);
            }
        } catch (SettingException | TestUsersFileException | CleanupException | OutboundException e) {
            System.err.println("ERROR " + e.getMessage());
            System.exit(ExitCodes.BAD_INPUT);
        }
    }

    /** Deletes the run's campaigns, then its prospects, for every account; returns both counts. */
    int[] deleteRun(String runId, List<TestUser> accounts) {
        int campaigns = 0;
        int prospects = 0;
        for (TestUser account : accounts) {
            String token = logIn(account);
            campaigns += deleteTagged(token, paths.campaigns(), RunId.tag(runId));
            prospects += deleteTagged(token, paths.prospects(), RunId.tag(runId));
        }
        return new int[] {campaigns, prospects};
    }

    /** For tests: a smaller page, to walk several. */
    CleanupRun withExecutionsPage(int size) {
        this.executionsPage = size;
        return this;
    }

    /**
     * Deletes the N8N executions the run triggered: N8N stores each execution's request (the scrape body,
     * which carries the run's tags, and its headers, the bearer token among them). Lists the executions
     * with their data, newest first, a page at a time, and deletes each whose data names the run.
     */
    int deleteExecutions(String runId, N8nTarget n8n) {
        int deleted = 0;
        String cursor = null;
        for (int page = 0; page < MAX_PAGES_PER_AREA; page++) {
            String query = "?includeData=true&limit=" + executionsPage
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode answer = sendN8n("GET", URI.create(n8n.executions() + query), n8n, 200);
            for (JsonNode execution : answer.path("data")) {
                if (execution.toString().contains(runId)) {
                    sendN8n("DELETE", n8n.execution(execution.path("id").asText()), n8n, 200);
                    deleted++;
                }
            }
            JsonNode next = answer.path("nextCursor");
            if (!next.isTextual() || next.asText().isEmpty()) {
                return deleted;
            }
            cursor = next.asText();
        }
        throw new CleanupException(N8nSettings.EXECUTIONS_PATH + " still gives pages after " + MAX_PAGES_PER_AREA);
    }

    private JsonNode sendN8n(String method, URI url, N8nTarget n8n, int expected) {
        var call = Outbound.call(N8nSettings.EXECUTIONS_PATH, method, url).withoutApiKey();
        n8n.apiKey().ifPresent(key -> call.header("X-N8N-API-KEY", key));
        return expect(call, call.describe(), expected, " (is N8N_API_KEY right?)");
    }

    private String logIn(TestUser account) {
        String body = toJson(Map.of("email", account.email(), "password", account.password()));
        JsonNode answer = send("POST", paths.login(), null, body, 200);
        return answer.path("token").asText();
    }

    private int deleteTagged(String token, String collection, String tag) {
        int deleted = 0;
        String query = collection + "?page=1&pageSize=100&tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        for (int page = 0; page < MAX_PAGES_PER_AREA; page++) {
            JsonNode items = send("GET", query, token, null, 200).path("items");
            if (items.isEmpty()) {
                return deleted;
            }
            for (JsonNode item : items) {
                send("DELETE", collection + "/" + item.path("id").asText(), token, null, 204);
                deleted++;
            }
        }
        throw new CleanupException(
                collection + " still lists items tagged " + tag + " after " + deleted + " deletions");
    }

    private JsonNode send(String method, String path, String token, String body, int expected) {
        var call = Outbound.call("API_BASE_URL", method, URI.create(baseUrl + path));
        if (body != null) {
            call.json(body);
        }
        if (token != null) {
            call.bearer(token);
        }
        return expect(call, call.request(), expected, "");
    }

    /** Sends {@code call}; its JSON answer, or a {@link CleanupException} naming it as {@code name}. */
    private JsonNode expect(Outbound.Call call, String name, int expected, String hintOn401) {
        var answer = outbound.send(call);
        if (answer.status() != expected) {
            throw new CleanupException(name + " answered " + answer.describeStatus() + ", expected " + expected
                    + (answer.status() == 401 ? hintOn401 : ""));
        }
        try {
            return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new CleanupException(name + " did not answer JSON");
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cleanup could not finish; the message is one line. */
    static final class CleanupException extends RuntimeException {
        CleanupException(String message) {
            super(message);
        }
    }
}
