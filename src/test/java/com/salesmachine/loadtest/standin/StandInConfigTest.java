package com.salesmachine.loadtest.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.conformance.ContractBreak;
import com.salesmachine.loadtest.standin.database.FixedLatency;
import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentConfig;
import com.salesmachine.loadtest.standin.enrichment.LimiterKind;
import com.salesmachine.loadtest.standin.enrichment.RetryAfterForm;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;
import com.salesmachine.loadtest.standin.workflows.N8nFlavor;
import com.salesmachine.loadtest.standin.workflows.WorkflowConfig;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandInConfigTest {
    @Test
    void from_givesTheDefaults_whenNothingIsSet() {
        var config = StandInConfig.from(new SettingSource(Map.of(), Map.of()));

        assertEquals(0, config.port());
        assertTrue(config.apiKey().isEmpty());
        assertEquals(20, config.dbPoolSize());
        assertEquals(Duration.ofSeconds(2), config.dbPoolTimeout());
        assertEquals(1.0, config.latencyFactor());
        assertEquals(new LatencyProfile(90, 350, 0), config.latency().get(Operation.DASHBOARD));
        assertEquals(OptionalLong.empty(), config.seed());
        assertEquals(Duration.ofHours(1), config.tokenTtl());
    }

    @Test
    void from_readsEverySetting_propertiesBeforeEnvironment() {
        var properties = Map.of(
                "standin.port", "8099",
                "standin.apiKey", "secret-key",
                "standin.dbPoolSize", "5",
                "standin.dbPoolTimeout", "750ms",
                "standin.latencyFactor", "0.5",
                "standin.latency", "dashboard=700/1200,prospects.list=+200",
                "standin.seed", "42",
                "standin.tokenTtl", "15m");
        var environment = Map.of("STANDIN_PORT", "9000", "STANDIN_DB_POOL_SIZE", "7");

        var config = StandInConfig.from(new SettingSource(properties, environment));

        assertEquals(8099, config.port());
        assertEquals("secret-key", config.apiKey().orElseThrow());
        assertEquals(5, config.dbPoolSize());
        assertEquals(Duration.ofMillis(750), config.dbPoolTimeout());
        assertEquals(0.5, config.latencyFactor());
        assertEquals(new LatencyProfile(700, 1200, 0), config.latency().get(Operation.DASHBOARD));
        assertEquals(new LatencyProfile(45, 220, 200), config.latency().get(Operation.PROSPECTS_LIST));
        assertEquals(OptionalLong.of(42), config.seed());
        assertEquals(Duration.ofMinutes(15), config.tokenTtl());
    }

    @Test
    void from_readsTheEnvironment_whenNoPropertyIsSet() {
        var config = StandInConfig.from(new SettingSource(Map.of(), Map.of("STANDIN_DB_POOL_SIZE", "7")));

        assertEquals(7, config.dbPoolSize());
    }

    @Test
    void from_acceptsAZeroLatencyFactor() {
        var config = StandInConfig.from(new SettingSource(Map.of("standin.latencyFactor", "0"), Map.of()));

        assertEquals(0.0, config.latencyFactor());
    }

    @Test
    void from_rejectsBadValues_namingTheSettingTheValueAndWhatIsAccepted() {
        assertBad("standin.port", "http", "standin.port: 'http' is not a port number from 0 (any free port) to 65535");
        assertBad(
                "standin.port", "70000", "standin.port: '70000' is not a port number; use 0 (any free port) to 65535");
        assertBad("standin.dbPoolSize", "0", "standin.dbPoolSize: '0' is not a positive whole number; use e.g. 10");
        assertBad("standin.dbPoolSize", "20000", "standin.dbPoolSize: '20000' is out of range; use 1 to 10000");
        assertBad(
                "standin.dbPoolTimeout",
                "soon",
                "standin.dbPoolTimeout: 'soon' is not a duration; use e.g. 500ms, 30s, 5m, 1m30s or a number of seconds");
        assertBad(
                "standin.latencyFactor",
                "-1",
                "standin.latencyFactor: '-1' is not a number >= 0; use e.g. 1.0, 0.5 or 2");
        assertBad(
                "standin.latencyFactor",
                "fast",
                "standin.latencyFactor: 'fast' is not a number >= 0; use e.g. 1.0, 0.5 or 2");
        assertBad("standin.seed", "abc", "standin.seed: 'abc' is not a whole number");
        assertBad(
                "standin.tokenTtl", "500ms", "standin.tokenTtl: '500ms' is too short; use at least 1s, e.g. 15m or 1h");
    }

    @Test
    void from_rejectsABadLatencyOverride_listingTheKeys() {
        var e = assertThrows(
                SettingException.class,
                () -> StandInConfig.from(new SettingSource(Map.of("standin.latency", "search=1/2"), Map.of())));

        assertEquals("standin.latency", e.setting());
        assertTrue(e.getMessage().contains(Operation.keys()), e.getMessage());
    }

    @Test
    void withers_returnChangedCopies_leavingTheOriginalAlone() {
        var defaults = StandInConfig.defaults();

        var changed = defaults.withPort(8080).withApiKey("k").withLatencyEverywhere(new LatencyProfile(1, 2, 0));

        assertEquals(0, defaults.port());
        assertEquals(8080, changed.port());
        assertEquals("k", changed.apiKey().orElseThrow());
        assertTrue(changed.withoutApiKey().apiKey().isEmpty());
        assertEquals(new LatencyProfile(1, 2, 0), changed.latency().get(Operation.LOGIN));
        assertEquals(Operation.LOGIN.defaultProfile(), defaults.latency().get(Operation.LOGIN));
    }

    @Test
    void withApiKey_rejectsABlankKey() {
        assertThrows(SettingException.class, () -> StandInConfig.defaults().withApiKey(" "));
    }

    @Test
    void toString_masksTheApiKey() {
        String text = StandInConfig.defaults().withApiKey("top-secret").toString();

        assertFalse(text.contains("top-secret"), text);
        assertTrue(text.contains("apiKey=***"), text);
        assertTrue(text.contains("dashboard=90/350"), text);
    }

    @Test
    void from_readsTheWorkflowSettings_andDefaultsToTenSlotsOfAboutOneAndAHalfSeconds() {
        var defaults = StandInConfig.from(new SettingSource(Map.of(), Map.of())).workflows();
        assertEquals(WorkflowConfig.defaults(), defaults);
        assertEquals(10, defaults.concurrency());
        assertEquals(new ExecutionTime(1500, 4500, 6000), defaults.executionTime());

        var workflows = StandInConfig.from(new SettingSource(
                        Map.of(
                                "standin.workflowConcurrency", "4",
                                "standin.workflowTime", "8000",
                                "standin.workflowFailureRatio", "0.2",
                                "standin.n8nApiKey", "n8n-key"),
                        Map.of("STANDIN_WORKFLOW_HANG_RATIO", "1")))
                .workflows();

        assertEquals(4, workflows.concurrency());
        assertEquals(new ExecutionTime(8000, 24000, 32000), workflows.executionTime());
        assertEquals(0.2, workflows.failureRatio());
        assertEquals(1.0, workflows.hangRatio());
        assertEquals("n8n-key", workflows.apiKey().orElseThrow());
    }

    @Test
    void from_refusesBadWorkflowSettings_withOneLineEach() {
        assertBad(
                "standin.workflowConcurrency",
                "0",
                "standin.workflowConcurrency: '0' is not a positive whole number; use e.g. 10");
        assertBad(
                "standin.workflowFailureRatio",
                "1.5",
                "standin.workflowFailureRatio: '1.5' is not a number from 0 to 1; use e.g. 0.2");
        assertBad(
                "standin.workflowHangRatio",
                "often",
                "standin.workflowHangRatio: 'often' is not a number from 0 to 1; use e.g. 0.2");
        assertBad(
                "standin.workflowTime",
                "slow",
                "standin.workflowTime: 'slow' is not a number of ms; use median[/p99[/max]] in ms, e.g. 1500/4500/6000 or 8000");
    }

    @Test
    void toString_masksTheN8nApiKey() {
        String text = StandInConfig.defaults()
                .withWorkflows(WorkflowConfig.defaults().withApiKey("n8n-secret"))
                .toString();

        assertFalse(text.contains("n8n-secret"), text);
        assertTrue(text.contains("n8nApiKey=***"), text);
    }

    @Test
    void from_readsTheEmailQueueSettings_keepsThemThroughOtherChanges_andMasksTheRedisToken() {
        var config = StandInConfig.from(new SettingSource(
                        Map.of("standin.emailDrainRate", "5", "standin.redisToken", "redis-secret"),
                        Map.of("STANDIN_EMAIL_DROP_FRACTION", "1%")))
                .withPort(8099)
                .withSeed(3);

        assertEquals(5.0, config.emailQueue().drainRate());
        assertEquals(0.01, config.emailQueue().dropFraction());
        assertFalse(config.toString().contains("redis-secret"), config.toString());
        assertTrue(config.toString().contains("redisToken=***"), config.toString());
        assertBad(
                "standin.emailDropFraction",
                "lots",
                "standin.emailDropFraction: 'lots' is not a fraction from 0 to 1; use e.g. 0.01 or 1%");
    }

    @Test
    void from_readsTheEnrichmentSettings_andDefaultsToFiftyAMinuteWithABurstOfFive() {
        var defaults = StandInConfig.from(new SettingSource(Map.of(), Map.of())).enrichment();
        assertEquals(EnrichmentConfig.defaults(), defaults);
        assertEquals(50.0, defaults.perMinute());
        assertEquals(5, defaults.burst());
        assertEquals(RetryAfterForm.SECONDS, defaults.retryAfter());
        assertEquals(2000, defaults.time().medianMs());

        var enrichment = StandInConfig.from(new SettingSource(
                        Map.of("standin.enrichmentRate", "1000", "standin.retryAfter", "DATE"),
                        Map.of("STANDIN_ENRICHMENT_BURST", "20", "STANDIN_ENRICHMENT_TIME", "500")))
                .enrichment();

        assertEquals(1000.0, enrichment.perMinute());
        assertEquals(20, enrichment.burst());
        assertEquals(RetryAfterForm.HTTP_DATE, enrichment.retryAfter());
        assertEquals(new ExecutionTime(500, 1500, 2000), enrichment.time());
        assertEquals(
                RetryAfterForm.NONE,
                StandInConfig.from(new SettingSource(Map.of("standin.retryAfter", "none"), Map.of()))
                        .enrichment()
                        .retryAfter());
    }

    @Test
    void from_refusesBadEnrichmentSettings_withOneLineEach() {
        assertBad(
                "standin.enrichmentRate",
                "0",
                "standin.enrichmentRate: '0' is not a number of requests a minute; use a number above 0, e.g. 50");
        assertBad(
                "standin.enrichmentRate",
                "fifty",
                "standin.enrichmentRate: 'fifty' is not a number of requests a minute; use a number above 0, e.g. 50");
        assertBad(
                "standin.enrichmentBurst",
                "0",
                "standin.enrichmentBurst: '0' is not a positive whole number; use e.g. 10");
        assertBad(
                "standin.retryAfter",
                "minutes",
                "standin.retryAfter: 'minutes' is not a Retry-After form; use one of seconds, date, none");
        assertBad(
                "standin.enrichmentTime",
                "2000/1000",
                "standin.enrichmentTime: '2000/1000' needs 0 < median <= p99 <= max; use median[/p99[/max]] in ms, e.g. 1500/4500/6000 or 8000");
    }

    @Test
    void from_readsEtags_offByDefault_andRefusesAnythingButABoolean() {
        assertFalse(StandInConfig.from(new SettingSource(Map.of(), Map.of())).etags());
        assertTrue(StandInConfig.from(new SettingSource(Map.of(), Map.of("STANDIN_ETAGS", "true")))
                .etags());
        assertTrue(StandInConfig.defaults().withEtags(true).toString().contains("etags=true"));
        assertBad("standin.etags", "maybe", "standin.etags: 'maybe' is not a boolean; use true or false");
    }

    @Test
    void from_readsHangOnH2c_offByDefault_andRefusesAnythingButABoolean() {
        assertFalse(StandInConfig.from(new SettingSource(Map.of(), Map.of())).hangOnH2c());
        assertTrue(StandInConfig.from(new SettingSource(Map.of(), Map.of("STANDIN_HANG_ON_H2C", "yes")))
                .hangOnH2c());
        assertTrue(StandInConfig.defaults().withHangOnH2c(true).toString().contains("hangOnH2c=true"));
        assertBad("standin.hangOnH2c", "h2c", "standin.hangOnH2c: 'h2c' is not a boolean; use true or false");
    }

    @Test
    void from_readsTheEnrichmentLimiter_aBucketByDefault_orAWindowOfTheRatePerWindow() {
        var defaults = StandInConfig.from(new SettingSource(Map.of(), Map.of())).enrichment();
        assertEquals(LimiterKind.BUCKET, defaults.limiter());
        assertEquals(Duration.ofSeconds(60), defaults.window());

        var window = StandInConfig.from(new SettingSource(
                        Map.of("standin.enrichmentLimiter", "Window", "standin.enrichmentRate", "100"),
                        Map.of("STANDIN_ENRICHMENT_WINDOW", "15m")))
                .enrichment();

        assertEquals(LimiterKind.WINDOW, window.limiter());
        assertEquals(100.0, window.perMinute());
        assertEquals(Duration.ofMinutes(15), window.window());
        assertTrue(window.toString().contains("limiter=window, rate=100 per 900000ms window"), window.toString());
    }

    @Test
    void from_refusesBadLimiterSettings_withOneLineEach() {
        assertBad(
                "standin.enrichmentLimiter",
                "leaky",
                "standin.enrichmentLimiter: 'leaky' is not a rate limiter; use bucket or window");
        assertBad(
                "standin.enrichmentWindow",
                "500ms",
                "standin.enrichmentWindow: '500ms' is out of range; use 1s to 24h, e.g. 60s or 1m");
        assertBad(
                "standin.enrichmentWindow",
                "soon",
                "standin.enrichmentWindow: 'soon' is not a duration; use e.g. 500ms, 30s, 5m, 1m30s or a number of seconds");
        var e = assertThrows(
                SettingException.class,
                () -> StandInConfig.from(new SettingSource(
                        Map.of("standin.enrichmentLimiter", "window", "standin.enrichmentRate", "2.5"), Map.of())));
        assertEquals(
                "standin.enrichmentRate: '2.5' is not a whole number; standin.enrichmentLimiter=window allows a whole number of requests per window, e.g. 50",
                e.getMessage());
    }

    @Test
    void from_readsTheN8nFlavor_theContractsByDefault_andNamesTheFlavorsWhenWrong() {
        assertEquals(
                N8nFlavor.CONTRACT,
                StandInConfig.from(new SettingSource(Map.of(), Map.of()))
                        .workflows()
                        .flavor());
        var workflows = StandInConfig.from(new SettingSource(Map.of(), Map.of("STANDIN_N8N_FLAVOR", "N8N")))
                .workflows();
        assertEquals(N8nFlavor.N8N, workflows.flavor());
        assertTrue(workflows.toString().contains("n8nFlavor=n8n"), workflows.toString());
        assertBad("standin.n8nFlavor", "real", "standin.n8nFlavor: 'real' is not an N8N flavor; use contract or n8n");
    }

    @Test
    void from_readsTheBrokenEndpoints_noneByDefault() {
        assertEquals(
                Set.of(),
                StandInConfig.from(new SettingSource(Map.of(), Map.of())).breaks());
        var config = StandInConfig.from(new SettingSource(Map.of(), Map.of("STANDIN_BREAK", "dashboard,login")));

        assertEquals(EnumSet.of(ContractBreak.LOGIN, ContractBreak.DASHBOARD), config.breaks());
        assertTrue(config.toString().contains("break=login,dashboard"), config.toString());
        assertTrue(StandInConfig.defaults().toString().contains("break=none"));
        var e = assertThrows(
                SettingException.class,
                () -> StandInConfig.from(new SettingSource(Map.of("standin.break", "dashbord"), Map.of())));
        assertEquals("standin.break", e.setting());
        assertTrue(e.getMessage().startsWith("standin.break: 'dashbord' is not an endpoint that can be broken; use "));
    }

    @Test
    void from_readsTheFixedLatencies_noneByDefault_keyedLikeTheBreaks() {
        assertEquals(
                FixedLatency.NONE,
                StandInConfig.from(new SettingSource(Map.of(), Map.of())).fixedLatency());
        var config = StandInConfig.from(new SettingSource(
                Map.of(), Map.of("STANDIN_FIXED_LATENCY", " dashboard:100, campaigns.send:0,Login:2500 ")));

        assertEquals(Duration.ofMillis(100), config.fixedLatency().of(Operation.DASHBOARD));
        assertEquals(Duration.ofMillis(2500), config.fixedLatency().of(Operation.LOGIN));
        assertEquals(Duration.ZERO, config.fixedLatency().of(Operation.CAMPAIGNS_SEND));
        assertEquals(Duration.ZERO, config.fixedLatency().of(Operation.PROSPECTS_LIST));
        assertTrue(
                config.toString().contains("fixedLatency=login:2500,dashboard:100, leakPerRequest=0, native=false]"),
                config.toString());
        assertTrue(StandInConfig.defaults().toString().contains("fixedLatency=none"));
        assertEquals(
                Duration.ofMillis(60_000),
                StandInConfig.defaults()
                        .withFixedLatency("prospects.get:60000")
                        .fixedLatency()
                        .of(Operation.PROSPECTS_GET));
        assertEquals(
                FixedLatency.NONE,
                StandInConfig.defaults().withFixedLatency("none").fixedLatency());
    }

    @Test
    void from_refusesABadFixedLatency_inOneLineNamingTheSettingTheEntryAndTheKeys() {
        String accepted = "; use comma-separated key:MS, MS from 0 to 60000 (e.g. dashboard:100,login:20), with keys "
                + ContractBreak.keys();
        assertBad(
                "standin.fixedLatency",
                "dashbord:100",
                "standin.fixedLatency: 'dashbord:100' has unknown endpoint 'dashbord'" + accepted);
        assertBad(
                "standin.fixedLatency",
                "prospects.delete:100",
                "standin.fixedLatency: 'prospects.delete:100' has unknown endpoint 'prospects.delete'" + accepted);
        assertBad(
                "standin.fixedLatency",
                "dashboard=100",
                "standin.fixedLatency: 'dashboard=100' is not key:MS" + accepted);
        for (String ms : new String[] {"fast", "-5", "1.5", "100ms", "60001", ""}) {
            assertBad(
                    "standin.fixedLatency",
                    "dashboard:" + ms,
                    "standin.fixedLatency: 'dashboard:" + ms + "' has '" + ms
                            + "', not a whole number of milliseconds from 0 to 60000" + accepted);
        }
    }

    private static void assertBad(String setting, String value, String message) {
        var e = assertThrows(
                SettingException.class, () -> StandInConfig.from(new SettingSource(Map.of(setting, value), Map.of())));
        assertEquals(message, e.getMessage());
    }

    @Test
    void leakPerRequest_isOffByDefault_readInBytes_andRefusedOutOfRangeInOneLine() {
        assertEquals(0, StandInConfig.defaults().leakPerRequest());
        assertEquals(
                65_536,
                StandInConfig.from(new SettingSource(Map.of("standin.leakPerRequest", "65536"), Map.of()))
                        .leakPerRequest());

        for (String bad : List.of("lots", "-1", "1048577")) {
            var e = assertThrows(
                    SettingException.class,
                    () -> StandInConfig.from(new SettingSource(Map.of(), Map.of("STANDIN_LEAK_PER_REQUEST", bad))));
            assertTrue(
                    e.getMessage()
                            .startsWith("standin.leakPerRequest: '" + bad
                                    + "' is not a number of bytes from 0 (no leak) to 1048576 (1 MiB)"),
                    e.getMessage());
        }
    }

    @Test
    void native_isOffByDefault_andReadAsABoolean_refusingAnythingElseInOneLine() {
        assertEquals(false, StandInConfig.defaults().nativeRuntime());
        assertEquals(
                true,
                StandInConfig.from(new SettingSource(Map.of(), Map.of("STANDIN_NATIVE", "true")))
                        .nativeRuntime());

        var e = assertThrows(
                SettingException.class,
                () -> StandInConfig.from(new SettingSource(Map.of("standin.native", "node"), Map.of())));
        assertTrue(e.getMessage().startsWith("standin.native: "), e.getMessage());
        assertTrue(e.getMessage().contains("'node'"), e.getMessage());
    }
}
