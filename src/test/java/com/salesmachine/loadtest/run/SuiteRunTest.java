package com.salesmachine.loadtest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.data.RunId;
import com.salesmachine.loadtest.emailqueue.UpstashRest;
import com.salesmachine.loadtest.outbound.ProductionRefusedException;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.testusers.TestUsersFileException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens before any load: validation, the users file, the target decision, preflight. */
class SuiteRunTest {
    private static final LoadShape LOAD = LoadShape.of(
            10, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(1), 2);

    @TempDir
    Path dir;

    private HttpServer counting;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startCountingServer() throws Exception {
        counting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        counting.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = (exchange.getRequestURI().getPath().equals("/auth/login")
                            ? "{\"token\":\"t-1\"}"
                            : "{\"status\":\"ok\",\"environment\":\"staging\"}")
                    .getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        counting.start();
    }

    @AfterEach
    void stopCountingServer() {
        counting.stop(0);
    }

    @Test
    void unknownProfile_stopsTheRunBeforeAnyRequest() {
        var e = assertThrows(
                SettingException.class, () -> create(Map.of("profile", "nope", "API_BASE_URL", countingUrl())));
        assertTrue(e.getMessage().startsWith("profile: 'nope'"));
        assertEquals(0, requests.get());
    }

    @Test
    void malformedUsersFile_stopsTheRunBeforeAnyRequest() throws Exception {
        Path users = dir.resolve("users.json");
        Files.writeString(users, "[{\"email\": ");
        var e = assertThrows(
                TestUsersFileException.class,
                () -> create(Map.of("API_BASE_URL", countingUrl(), "TEST_USERS_FILE", users.toString())));
        assertTrue(e.getMessage().startsWith("TEST_USERS_FILE: " + users + " is not valid JSON"), e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void missingUsersFile_forAnExternalTarget_isAnErrorNotAFreshFile() {
        Path users = dir.resolve("absent.json");
        var e = assertThrows(
                TestUsersFileException.class,
                () -> create(Map.of("API_BASE_URL", countingUrl(), "TEST_USERS_FILE", users.toString())));
        assertTrue(e.getMessage().contains("does not exist"));
        assertTrue(Files.notExists(users));
        assertEquals(0, requests.get());
    }

    @Test
    void productionHost_isRefusedBeforeAnyRequest() throws Exception {
        Path users = usersFile();
        var e = assertThrows(
                ProductionRefusedException.class,
                () -> create(Map.of(
                        "API_BASE_URL",
                        countingUrl(),
                        "TEST_USERS_FILE",
                        users.toString(),
                        "PRODUCTION_HOSTS",
                        "127.0.0.1")));
        assertTrue(e.getMessage().contains("listed in PRODUCTION_HOSTS"));
        assertEquals(0, requests.get());
    }

    @Test
    void externalTarget_isCheckedOnceThroughItsHealthEndpoint_andOneLogin() throws Exception {
        try (SuiteRun run = create(Map.of(
                "API_BASE_URL", countingUrl(), "TEST_USERS_FILE", usersFile().toString()))) {
            assertEquals(2, requests.get());
            assertTrue(!run.target().isStandIn());
            assertEquals(URI.create(countingUrl()), run.target().baseUrl());
        }
    }

    @Test
    void noApiBaseUrl_startsTheStandIn_withTheAccountsOfAFreshUsersFile() throws Exception {
        Path users = dir.resolve("fresh/test-users.json");
        try (SuiteRun run = create(Map.of("TEST_USERS_FILE", users.toString(), "profile", "smoke"))) {
            assertTrue(run.target().isStandIn());
            assertTrue(Files.exists(users));
            assertEquals("127.0.0.1", run.target().baseUrl().getHost());
            assertTrue(RunId.isValid(run.runId()));
            assertTrue(run.shape().oneShot());
            var health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(run.target().baseUrl() + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertTrue(health.body().contains("\"stand-in\""), health.body());
        }
    }

    @Test
    void maxDuration_leavesRoomForTheBoundedWaitOfEachPass() throws Exception {
        var properties = Map.of(
                "API_BASE_URL", countingUrl(), "TEST_USERS_FILE", usersFile().toString());
        var source = new SettingSource(properties, Map.of());
        try (SuiteRun plain = SuiteRun.create(source, SuiteRunTest.class, LOAD, RunBound.closed(6), Clock.systemUTC());
                SuiteRun polling = SuiteRun.create(
                        source,
                        SuiteRunTest.class,
                        LOAD,
                        RunBound.closed(6, settings -> Duration.ofSeconds(15)),
                        Clock.systemUTC())) {
            // 50 s of injection; a session of 2 passes: 12 requests at 1.5 think times, plus 10 s.
            assertEquals(Duration.ofSeconds(50 + 18 + 10), plain.maxDuration());
            // ... plus the 15 s each pass may wait.
            assertEquals(Duration.ofSeconds(50 + 18 + 2 * 15 + 10), polling.maxDuration());
        }
    }

    @Test
    void aQueueStoreInProductionHosts_isRefusedBeforeAnyRequest() throws Exception {
        Path users = usersFile();
        var e = assertThrows(
                ProductionRefusedException.class,
                () -> create(Map.of(
                        "API_BASE_URL", countingUrl(),
                        "TEST_USERS_FILE", users.toString(),
                        "UPSTASH_REDIS_REST_URL", "https://eu1-queue.upstash.io",
                        "UPSTASH_REDIS_REST_TOKEN", "AXsecret-token",
                        "PRODUCTION_HOSTS", "eu1-queue.upstash.io")));
        assertTrue(e.getMessage().startsWith("UPSTASH_REDIS_REST_URL: host eu1-queue.upstash.io"), e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void theQueueStore_isTheStandInsOwn_unlessGiven_andNoneForAnExternalApiWithoutIt() throws Exception {
        try (SuiteRun run = create(Map.of("TEST_USERS_FILE", usersFile().toString(), "profile", "smoke"))) {
            UpstashRest store = run.target().upstash().orElseThrow();
            assertEquals(URI.create(run.target().baseUrl() + "/upstash"), store.url());
            assertFalse(store.toString().contains(store.token()), store.toString());
        }
        try (SuiteRun run = create(Map.of(
                "API_BASE_URL", countingUrl(), "TEST_USERS_FILE", usersFile().toString()))) {
            assertTrue(run.target().upstash().isEmpty());
        }
    }

    @Test
    void targetMetrics_areTheStandInsOwn_unlessGiven_andNoneForAnExternalApiWithoutThem() throws Exception {
        try (SuiteRun run = create(Map.of("TEST_USERS_FILE", usersFile().toString(), "profile", "smoke"))) {
            var sampler = run.targetWatch().orElseThrow().sampler();
            assertEquals(URI.create(run.target().baseUrl() + "/metrics"), sampler.url());
        }
        try (SuiteRun run = create(Map.of(
                "API_BASE_URL", countingUrl(), "TEST_USERS_FILE", usersFile().toString()))) {
            assertTrue(run.targetWatch().isEmpty());
        }
    }

    @Test
    void aMetricsUrlThatAnswersNoMetrics_isRefusedBeforeTheLoad_inOneLine() throws Exception {
        var e = assertThrows(
                com.salesmachine.loadtest.outbound.OutboundException.class,
                () -> create(Map.of(
                        "API_BASE_URL", countingUrl(),
                        "TEST_USERS_FILE", usersFile().toString(),
                        "METRICS_URL", countingUrl() + "/metrics")));
        assertEquals(
                "METRICS_URL: GET " + countingUrl() + "/metrics answered no process_cpu_seconds_total,"
                        + " process_resident_memory_bytes or jvm_memory_used_bytes; name the target's Prometheus"
                        + " metrics endpoint, or leave METRICS_URL unset",
                e.getMessage());
    }

    @Test
    void aMetricsUrlInProductionHosts_isRefusedBeforeAnyRequest() throws Exception {
        var e = assertThrows(
                ProductionRefusedException.class,
                () -> create(Map.of(
                        "API_BASE_URL",
                        countingUrl(),
                        "TEST_USERS_FILE",
                        usersFile().toString(),
                        "METRICS_URL",
                        "http://metrics.sales-machine.example/metrics",
                        "PRODUCTION_HOSTS",
                        "metrics.sales-machine.example")));
        assertTrue(
                e.getMessage().startsWith("METRICS_URL: host metrics.sales-machine.example is listed"), e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void theStopCriteriasWatchdog_joinsThePopulations_exactlyWhenStopOnBreachIsOn() throws Exception {
        var users = io.gatling.javaapi.core.CoreDsl.scenario("Users");
        try (SuiteRun stress = create(Map.of(
                        "API_BASE_URL",
                        countingUrl(),
                        "TEST_USERS_FILE",
                        usersFile().toString(),
                        "profile",
                        "stress"));
                SuiteRun load = create(Map.of(
                        "API_BASE_URL",
                        countingUrl(),
                        "TEST_USERS_FILE",
                        usersFile().toString(),
                        "profile",
                        "load"))) {
            assertEquals(2, stress.populate(users).size(), "the load and the watchdog");
            assertThrows(IllegalStateException.class, stress::watchdog, "one watchdog a run");
            assertEquals(1, load.populate(users).size(), "the load alone");
            // The staircase, then the drain: 6 thinks of 1 s in each of 2 passes, one and a half times, plus 10 s.
            assertEquals(Duration.ofSeconds(10 + 7 * 60 + 28), stress.maxDuration());
        }
    }

    private SuiteRun create(Map<String, String> properties) {
        return SuiteRun.create(
                new SettingSource(properties, Map.of()),
                SuiteRunTest.class,
                LOAD,
                RunBound.closed(6),
                Clock.systemUTC());
    }

    private Path usersFile() throws Exception {
        Path users = dir.resolve("users.json");
        Files.writeString(
                users, "[{\"email\": \"loadtest-user-1@test.sales-machine.com\", \"password\": \"pw-123456\"}]");
        return users;
    }

    private String countingUrl() {
        return "http://127.0.0.1:" + counting.getAddress().getPort();
    }
}
