package com.salesmachine.loadtest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final LoadShape LOAD = LoadShape.of(
            50, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(1), 2);

    @Test
    void defaults_targetTheStandInWithTheQuickProfile() {
        Settings s = load(Map.of(), Map.of());
        assertTrue(s.apiBaseUrl().isEmpty());
        assertEquals("quick", s.profile().name());
        assertEquals(ApiPaths.CONTRACT, s.paths());
        assertEquals(Settings.DEFAULT_SEED, s.seed());
    }

    @Test
    void profile_unknownName_isRejectedListingTheAcceptedOnes() {
        var e = assertThrows(SettingException.class, () -> load(Map.of("profile", "nope"), Map.of()));
        assertEquals(
                "profile: 'nope' is not a profile; use one of smoke, quick, load, peak, stress, spike, soak, scale,"
                        + " breakpoint",
                e.getMessage());
    }

    @Test
    void apiBaseUrl_malformed_isRejectedInOneLine() {
        var e = assertThrows(SettingException.class, () -> load(Map.of(), Map.of("API_BASE_URL", "not-a-url")));
        assertTrue(
                e.getMessage().startsWith("API_BASE_URL: 'not-a-url' is not a URL; expected an absolute http(s) URL"));
    }

    @Test
    void n8nWebhookUrl_acceptsAUrlOrAPath_andRejectsOtherText() {
        assertEquals(
                "/webhook/linkedin-scraper/abc",
                load(Map.of("N8N_WEBHOOK_URL", "/webhook/linkedin-scraper/abc"), Map.of())
                        .n8nWebhookUrl()
                        .get());
        assertEquals(
                "https://n8n.example.com/webhook/x",
                load(Map.of(), Map.of("N8N_WEBHOOK_URL", "https://n8n.example.com/webhook/x"))
                        .n8nWebhookUrl()
                        .get());
        var e = assertThrows(SettingException.class, () -> load(Map.of("N8N_WEBHOOK_URL", "webhook please"), Map.of()));
        assertTrue(e.getMessage().startsWith("N8N_WEBHOOK_URL: 'webhook please' is not a URL"), e.getMessage());
    }

    @Test
    void numbersAndDurations_areValidatedBeforeUse() {
        assertThrows(SettingException.class, () -> load(Map.of("users", "0"), Map.of()));
        assertThrows(SettingException.class, () -> load(Map.of(), Map.of("DURATION", "forever")));
        assertThrows(SettingException.class, () -> load(Map.of("rampUp", "-1s"), Map.of()));
        assertThrows(SettingException.class, () -> load(Map.of(), Map.of("THINK_TIME", "fast")));
        assertThrows(SettingException.class, () -> load(Map.of("seed", "abc"), Map.of()));
    }

    @Test
    void paths_mustStartWithASlash() {
        var e = assertThrows(SettingException.class, () -> load(Map.of("path.prospects", "prospects"), Map.of()));
        assertEquals(
                "path.prospects: 'prospects' is not a path; use one starting with / such as /prospects",
                e.getMessage());
        assertEquals(
                "/api/v2/leads",
                load(Map.of("path.prospects", "/api/v2/leads/"), Map.of())
                        .paths()
                        .prospects());
    }

    @Test
    void shapeFor_appliesTheProfileThenTheOverrides() {
        Settings s = load(
                Map.of("profile", "load", "users", "7", "duration", "2m", "rampUp", "10s", "thinkTime", "0s"),
                Map.of());
        LoadShape shape = s.shapeFor(LOAD);
        assertEquals(7, shape.users());
        assertEquals(Duration.ofMinutes(2), shape.steady());
        assertEquals(Duration.ofSeconds(10), shape.rampUp());
        assertEquals(Duration.ZERO, shape.thinkTime());
        assertEquals(Duration.ofSeconds(30), shape.rampDown());
    }

    @Test
    void describe_masksTheApiKeyAndUrlCredentials() {
        Settings s = load(
                Map.of("API_KEY", "sk-very-secret", "API_BASE_URL", "https://bob:pw123@staging.example.com"), Map.of());
        String text = String.join("\n", s.describe());
        assertFalse(text.contains("sk-very-secret"));
        assertFalse(text.contains("pw123"));
        assertTrue(text.contains("**** (set)"));
    }

    @Test
    void n8n_defaultsToTheN8nExecutionApi_andAFifteenSecondWorkflowTimeout() {
        N8nSettings n8n = load(Map.of(), Map.of()).n8n();

        assertTrue(n8n.apiKey().isEmpty());
        assertEquals("/api/v1/executions", n8n.executionsPath());
        assertEquals(Duration.ofSeconds(15), n8n.workflowTimeout());
        assertEquals(60, n8n.workflowMaxPolls());
    }

    @Test
    void n8n_readsItsSettings_andRefusesBadValuesInOneLine() {
        N8nSettings n8n = load(
                        Map.of("N8N_API_KEY", "n8n-secret", "workflowTimeout", "30s"),
                        Map.of("PATH_N8N_EXECUTIONS", "/rest/executions/", "WORKFLOW_MAX_POLLS", "12"))
                .n8n();
        assertEquals("n8n-secret", n8n.apiKey().orElseThrow());
        assertEquals("/rest/executions", n8n.executionsPath());
        assertEquals(Duration.ofSeconds(30), n8n.workflowTimeout());
        assertEquals(12, n8n.workflowMaxPolls());

        assertEquals(
                "workflowTimeout: '0s' must be greater than zero; use e.g. 500ms, 30s, 5m, 1m30s or a number of seconds",
                assertThrows(SettingException.class, () -> load(Map.of("workflowTimeout", "0s"), Map.of()))
                        .getMessage());
        assertEquals(
                "workflowTimeout: '11m' is too long; use at most 10m, e.g. 15s",
                assertThrows(SettingException.class, () -> load(Map.of("workflowTimeout", "11m"), Map.of()))
                        .getMessage());
        assertEquals(
                "workflowMaxPolls: '5000' is out of range; use 1 to 1000",
                assertThrows(SettingException.class, () -> load(Map.of("workflowMaxPolls", "5000"), Map.of()))
                        .getMessage());
        assertTrue(assertThrows(
                        SettingException.class, () -> load(Map.of("path.n8nExecutions", "executions"), Map.of()))
                .getMessage()
                .startsWith("path.n8nExecutions: 'executions' is not a path"));
    }

    @Test
    void describe_masksTheN8nApiKey() {
        String text = String.join(
                "\n", load(Map.of("N8N_API_KEY", "n8n-very-secret"), Map.of()).describe());

        assertFalse(text.contains("n8n-very-secret"), text);
        assertTrue(text.contains("N8N_API_KEY      **** (set)"), text);
    }

    @Test
    void upstash_urlAndTokenComeTogether_theTokenIsNeverPrinted() {
        Settings s = load(
                Map.of(),
                Map.of(
                        "UPSTASH_REDIS_REST_URL", "https://eu1-queue.upstash.io/",
                        "UPSTASH_REDIS_REST_TOKEN", "AXsecret-token"));

        assertEquals(
                "https://eu1-queue.upstash.io",
                s.upstashRedisRestUrl().orElseThrow().toString());
        assertEquals("AXsecret-token", s.upstashRedisRestToken().orElseThrow());
        String text = String.join("\n", s.describe());
        assertFalse(text.contains("AXsecret-token"), text);
        assertTrue(text.contains("UPSTASH_REDIS_REST_TOKEN **** (set)"), text);
        assertTrue(load(Map.of(), Map.of()).upstashRedisRestUrl().isEmpty());
    }

    @Test
    void upstash_oneWithoutTheOther_isRejectedInOneLine() {
        var noToken = assertThrows(
                SettingException.class,
                () -> load(Map.of("UPSTASH_REDIS_REST_URL", "https://eu1-queue.upstash.io"), Map.of()));
        assertEquals(
                "UPSTASH_REDIS_REST_TOKEN: not set while UPSTASH_REDIS_REST_URL is; set both to probe the queue's store, or neither",
                noToken.getMessage());
        var noUrl = assertThrows(
                SettingException.class, () -> load(Map.of(), Map.of("UPSTASH_REDIS_REST_TOKEN", "AXsecret-token")));
        assertTrue(noUrl.getMessage().startsWith("UPSTASH_REDIS_REST_URL: not set while"), noUrl.getMessage());
        var badUrl = assertThrows(
                SettingException.class,
                () -> load(Map.of("UPSTASH_REDIS_REST_URL", "eu1-queue", "UPSTASH_REDIS_REST_TOKEN", "t"), Map.of()));
        assertTrue(badUrl.getMessage().startsWith("UPSTASH_REDIS_REST_URL: 'eu1-queue' is not a URL"));
    }

    @Test
    void reconcileTimeout_defaultsTo20s_andMustBePositive() {
        assertEquals(Duration.ofSeconds(20), load(Map.of(), Map.of()).reconcileTimeout());
        assertEquals(
                Duration.ofSeconds(90),
                load(Map.of(), Map.of("RECONCILE_TIMEOUT", "1m30s")).reconcileTimeout());
        var e = assertThrows(SettingException.class, () -> load(Map.of("reconcileTimeout", "0s"), Map.of()));
        assertTrue(e.getMessage().startsWith("reconcileTimeout: '0s' must be greater than zero"), e.getMessage());
    }

    @Test
    void enrichment_defaultsToTheContractsPath_andCapsThatFitTheDefaultRateLimit() {
        EnrichmentSettings e = load(Map.of(), Map.of()).enrichment();

        assertEquals(EnrichmentSettings.DEFAULTS, e);
        assertEquals("/prospects/{id}/enrichment", e.path());
        assertEquals("/prospects/#{prospectId}/enrichment", e.pathFor("prospectId"));
    }

    @Test
    void enrichment_readsItsSettings_propertiesBeforeEnvironment() {
        EnrichmentSettings e = load(
                        Map.of(
                                "path.enrichment", "/api/v2/prospects/{id}/enrich/",
                                "rateLimitMaxAttempts", "3",
                                "rateLimitMaxWait", "0s"),
                        Map.of(
                                "RATE_LIMIT_MAX_ATTEMPTS", "9",
                                "RATE_LIMIT_BACKOFF_BASE", "250ms",
                                "RATE_LIMIT_BACKOFF_CAP", "4s",
                                "ENRICHMENT_PACING", "30s",
                                "ENRICHMENT_TIMEOUT", "1m",
                                "ENRICHMENT_MAX_POLLS", "5"))
                .enrichment();

        assertEquals("/api/v2/prospects/{id}/enrich", e.path());
        assertEquals(3, e.rateLimitMaxAttempts());
        assertEquals(Duration.ZERO, e.rateLimitMaxWait());
        assertEquals(Duration.ofMillis(250), e.rateLimitBackoffBase());
        assertEquals(Duration.ofSeconds(4), e.rateLimitBackoffCap());
        assertEquals(Duration.ofSeconds(30), e.pacing());
        assertEquals(Duration.ofMinutes(1), e.timeout());
        assertEquals(5, e.maxPolls());
    }

    @Test
    void enrichment_refusesBadValues_inOneLineNamingTheSetting() {
        assertRefused(
                "path.enrichment",
                "/enrichment",
                "path.enrichment: '/enrichment' needs {id} exactly once, where the prospect's id goes; use e.g. /prospects/{id}/enrichment");
        assertRefused(
                "path.enrichment",
                "prospects/{id}/enrichment",
                "path.enrichment: 'prospects/{id}/enrichment' is not a path; use one starting with / such as /prospects/{id}/enrichment");
        assertRefused(
                "rateLimitMaxAttempts", "0", "rateLimitMaxAttempts: '0' is not a positive whole number; use e.g. 10");
        assertRefused("rateLimitMaxAttempts", "5000", "rateLimitMaxAttempts: '5000' is out of range; use 1 to 1000");
        assertRefused(
                "rateLimitMaxWait",
                "a while",
                "rateLimitMaxWait: 'a while' is not a duration; use e.g. 500ms, 30s, 5m, 1m30s or a number of seconds");
        assertRefused("rateLimitMaxWait", "1h", "rateLimitMaxWait: '1h' is too long; use at most 30m");
        assertRefused(
                "rateLimitBackoffCap",
                "500ms",
                "rateLimitBackoffCap: '500ms' is shorter than rateLimitBackoffBase (1s); the cap must be at least the base");
        assertRefused(
                "enrichmentPacing",
                "0s",
                "enrichmentPacing: '0s' must be greater than zero; use e.g. 500ms, 30s, 5m, 1m30s or a number of seconds");
        assertRefused("enrichmentMaxPolls", "1001", "enrichmentMaxPolls: '1001' is out of range; use 1 to 1000");
    }

    @Test
    void describe_showsTheEnrichmentSettings() {
        String text = String.join("\n", load(Map.of(), Map.of()).describe());

        assertTrue(text.contains("enrichment       /prospects/{id}/enrichment, one per user every 1m50s"), text);
        assertTrue(text.contains("rate limit       at most 100 attempts and 1m30s waiting"), text);
    }

    private static void assertRefused(String setting, String value, String message) {
        assertEquals(
                message,
                assertThrows(SettingException.class, () -> load(Map.of(setting, value), Map.of()))
                        .getMessage());
    }

    @Test
    void metricsUrl_isUnsetByDefault_andMetricsIntervalIsFiveSeconds() {
        var s = load(Map.of(), Map.of());
        assertTrue(s.targetMetrics().url().isEmpty());
        assertEquals(java.time.Duration.ofSeconds(5), s.targetMetrics().interval());
        var set = load(Map.of("metricsInterval", "2s"), Map.of("METRICS_URL", "http://127.0.0.1:9100/metrics"));
        assertEquals(
                "http://127.0.0.1:9100/metrics",
                set.targetMetrics().url().orElseThrow().toString());
        assertEquals(java.time.Duration.ofSeconds(2), set.targetMetrics().interval());
    }

    @Test
    void metricsUrlAndInterval_badValues_areRefusedInOneLine() {
        var url = assertThrows(SettingException.class, () -> load(Map.of("METRICS_URL", "metrics please"), Map.of()));
        assertTrue(url.getMessage().startsWith("METRICS_URL: 'metrics please' is not a URL"), url.getMessage());
        var interval = assertThrows(SettingException.class, () -> load(Map.of("metricsInterval", "500ms"), Map.of()));
        assertEquals("metricsInterval: '500ms' is out of range; use 1s to 10m, e.g. 5s", interval.getMessage());
    }

    @Test
    void soakProfile_holdsTheLoadLevelForAnHour_orForDuration_withoutARampDown() {
        var load = com.salesmachine.loadtest.config.LoadShape.of(
                50,
                java.time.Duration.ofSeconds(30),
                java.time.Duration.ofMinutes(5),
                java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(1),
                3);
        var soak = load(Map.of("profile", "soak"), Map.of()).shapeFor(load);
        assertEquals(load.withSteady(java.time.Duration.ofHours(1)).withRampDown(java.time.Duration.ZERO), soak);
        var short40s =
                load(Map.of("profile", "soak", "duration", "40s"), Map.of()).shapeFor(load);
        assertEquals(java.time.Duration.ofSeconds(70), short40s.injectionTime());
    }

    private static Settings load(Map<String, String> props, Map<String, String> env) {
        return Settings.load(new SettingSource(props, env));
    }

    @Test
    void stopOnBreach_defaultsToTheProfiles_onForStressOnly_andTheSettingWins() {
        assertTrue(load(Map.of("profile", "stress"), Map.of()).stopOnBreach());
        assertEquals(false, load(Map.of("profile", "load"), Map.of()).stopOnBreach());
        assertEquals(false, load(Map.of("profile", "spike"), Map.of()).stopOnBreach());
        assertEquals(
                false,
                load(Map.of("profile", "stress", "stopOnBreach", "false"), Map.of())
                        .stopOnBreach());
        assertTrue(load(Map.of("profile", "peak", "stopOnBreach", "true"), Map.of())
                .stopOnBreach());
        assertEquals(Duration.ofSeconds(15), load(Map.of(), Map.of()).stopWindow());
        assertEquals(
                Duration.ofSeconds(5),
                load(Map.of("stopWindow", "5s"), Map.of()).stopWindow());
    }

    @Test
    void stressSettings_shapeTheStaircase_andBadOnesAreRefusedInOneLine() {
        Settings s =
                load(Map.of("profile", "stress", "users", "5", "stressStep", "10s", "stressMaxFactor", "3"), Map.of());
        LoadShape shape = s.shapeFor(LOAD);
        assertEquals(
                java.util.List.of(5, 8, 10, 15),
                shape.levels().stream().map(LoadShape.Level::users).toList());
        assertEquals(Duration.ofSeconds(40), shape.steady());
        var e = assertThrows(SettingException.class, () -> load(Map.of("stressMaxFactor", "0.5"), Map.of()));
        assertEquals(
                "stressMaxFactor: '0.5' is out of range; give a factor of the load's users from 1 to 100",
                e.getMessage());
        var d = assertThrows(
                SettingException.class,
                () -> load(Map.of("profile", "spike", "duration", "2m"), Map.of())
                        .shapeFor(LOAD));
        assertTrue(
                d.getMessage().startsWith("duration: the spike profile's levels are timed by its own settings"),
                d.getMessage());
    }
}
