package com.salesmachine.loadtest.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.run.Target;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.standin.workflows.WorkflowConfig;
import com.salesmachine.loadtest.testing.TestOutbound;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scraping scenario's check before load, against a real stand-in; and where it looks for N8N. */
class N8nPreflightTest {
    private static final String BODY = "{\"linkedinUrl\": \"https://www.linkedin.com/in/ada-lovelace-1815\"}";

    private StandInServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void check_triggersOneScrape_andReadsItsExecutionBack() {
        URI base = start(WorkflowConfig.defaults());

        String id = new N8nPreflight(TestOutbound.plain())
                .check(standInTarget(base, Optional.empty()), login(base), StandIns.ANN, BODY);

        assertFalse(id.isEmpty());
    }

    @Test
    void check_namesTheWebhookUrl_whenTheWebhookIsNotThere() {
        URI base = start(WorkflowConfig.defaults());
        var n8n = new N8nTarget(
                URI.create(base + "/webhook/nope/1"), URI.create(base + "/api/v1/executions"), Optional.empty());

        var e = assertThrows(
                PreflightException.class,
                () -> new N8nPreflight(TestOutbound.plain()).check(n8n, login(base), StandIns.ANN, BODY));

        assertEquals(
                "N8N_WEBHOOK_URL: POST " + base
                        + "/webhook/nope/1 answered HTTP 404, expected 200 with {\"executionId\": ...}",
                e.getMessage());
    }

    @Test
    void check_namesTheExecutionApi_whenItRefusesTheKey() {
        URI base = start(WorkflowConfig.defaults().withApiKey("n8n-secret"));

        var e = assertThrows(
                PreflightException.class,
                () -> new N8nPreflight(TestOutbound.plain())
                        .check(standInTarget(base, Optional.of("wrong")), login(base), StandIns.ANN, BODY));

        assertTrue(
                e.getMessage().startsWith("path.n8nExecutions: GET " + base + "/api/v1/executions/"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "answered HTTP 401, expected 200 with {\"id\", \"finished\": true|false, \"status\"} (is N8N_API_KEY right?)"),
                e.getMessage());
    }

    @Test
    void check_namesTheExecutionApi_whenItsAnswerHasAnotherShape() {
        URI base = start(WorkflowConfig.defaults());
        var n8n = new N8nTarget(
                URI.create(base + "/webhook/linkedin-scraper/x"), URI.create(base + "/prospects"), Optional.empty());

        var e = assertThrows(
                PreflightException.class,
                () -> new N8nPreflight(TestOutbound.plain()).check(n8n, login(base), StandIns.ANN, BODY));

        assertTrue(e.getMessage().startsWith("path.n8nExecutions: GET " + base + "/prospects/"), e.getMessage());
    }

    @Test
    void resolve_usesTheStandInsWebhook_aPathOnTheApi_orAUrlWithItsOwnHost() {
        URI base = start(WorkflowConfig.defaults());
        try (var target = Target.start(settings(Map.of()), source(Map.of()), StandIns.ACCOUNTS)) {
            var n8n = N8nTarget.resolve(settings(Map.of()), target.baseUrl(), target.isStandIn());
            assertEquals(
                    target.baseUrl() + "/webhook/linkedin-scraper/sales-machine-loadtest",
                    n8n.webhook().toString());
            assertEquals(
                    target.baseUrl() + "/api/v1/executions", n8n.executions().toString());

            var url = N8nTarget.resolve(
                    settings(Map.of("N8N_WEBHOOK_URL", "https://n8n.example.com/webhook/abc", "N8N_API_KEY", "k")),
                    target.baseUrl(),
                    target.isStandIn());
            assertEquals("https://n8n.example.com/webhook/abc", url.webhook().toString());
            assertEquals(
                    "https://n8n.example.com/api/v1/executions/7",
                    url.execution("7").toString());
            assertEquals(Optional.of("k"), url.apiKey());
        }
        var external = Map.of("API_BASE_URL", base.toString());
        try (var target = Target.start(settings(external), source(external), StandIns.ACCOUNTS)) {
            var e = assertThrows(
                    SettingException.class,
                    () -> N8nTarget.resolve(settings(external), target.baseUrl(), target.isStandIn()));
            assertTrue(e.getMessage().startsWith("N8N_WEBHOOK_URL: is not set;"), e.getMessage());

            var path = Map.of("API_BASE_URL", base.toString(), "N8N_WEBHOOK_URL", "/webhook/linkedin-scraper/x");
            assertEquals(
                    base + "/webhook/linkedin-scraper/x",
                    N8nTarget.resolve(settings(path), target.baseUrl(), target.isStandIn())
                            .webhook()
                            .toString());
        }
    }

    @Test
    void theEmbeddedStandIn_demandsTheSuitesN8nApiKey_andThePreflightSendsIt() {
        var properties = Map.of("N8N_API_KEY", "n8n-secret");
        try (var target = Target.start(settings(properties), source(properties), StandIns.ACCOUNTS)) {
            URI base = target.baseUrl();
            var withKey = N8nTarget.resolve(settings(properties), target.baseUrl(), target.isStandIn());
            var withoutKey = new N8nTarget(withKey.webhook(), withKey.executions(), Optional.empty());

            new N8nPreflight(TestOutbound.plain()).check(withKey, login(base), StandIns.ANN, BODY);
            var e = assertThrows(
                    PreflightException.class,
                    () -> new N8nPreflight(TestOutbound.plain()).check(withoutKey, login(base), StandIns.ANN, BODY));
            assertTrue(e.getMessage().contains("answered HTTP 401"), e.getMessage());
        }
    }

    private URI start(WorkflowConfig workflows) {
        server = StandInServer.start(StandIns.fast().withWorkflows(workflows), StandIns.ACCOUNTS);
        return server.baseUrl();
    }

    private static N8nTarget standInTarget(URI base, Optional<String> key) {
        return new N8nTarget(
                URI.create(base + "/webhook/linkedin-scraper/test"), URI.create(base + "/api/v1/executions"), key);
    }

    private static URI login(URI base) {
        return URI.create(base + "/auth/login");
    }

    private static SettingSource source(Map<String, String> properties) {
        return new SettingSource(properties, Map.of());
    }

    private static Settings settings(Map<String, String> properties) {
        return Settings.load(source(properties));
    }
}
